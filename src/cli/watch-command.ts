// `sitrep watch FEEDS... [--db PATH] [--interval S] [--once] [--state FILE] [--enqueue]`: poll RSS/Atom/RDF/JSON
// feeds and ingest each new item's article page, as `sitrep ingest` would, or with --enqueue put it on the
// PostgreSQL job queue for `sitrep worker`. Progress to stderr, --json events to stdout.
import { createContext, type ExtractOptions } from "../context.js";
import { DEFAULT_BACKOFF } from "../feeds/backoff.js";
import { resolveFeedArgs } from "../feeds/feed-list.js";
import { createArticlePoliteness } from "../feeds/feed-politeness.js";
import type { HttpOptions } from "../feeds/fetch-feed.js";
import { watchFeeds } from "../feeds/watch-loop.js";
import type { WatchDeps, WatchEvent } from "../feeds/watch-round.js";
import { enqueueJobs, type QueuedInput } from "../queue/job-queue.js";
import { isPostgresUrl } from "../store/postgres/connect.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from "../input/input-item.js";
import { openStore, type Store } from "../store/store.js";
import { DATABASE_RULE, resolveDatabaseUrl } from "../store/admin/resolve-database-url.js";
import { parseCommandArgs, parseNumberArg, runCommand, UsageError } from "./cli-args.js";
import { EXTRACT_OPTION_SPEC, toExtractOptions } from "./extract-options.js";
import { extractAndSave } from "./ingest-command.js";

const USAGE = `Usage: sitrep watch FEED_URL|LIST_FILE ... [--db PATH|URL] [--state FILE] [--interval SECONDS] [--once] [--enqueue]
       [--host-delay SECONDS] [--retry-after SECONDS] [--max-backoff SECONDS] [--timeout SECONDS]
       [--max-bytes N] [--published YYYY-MM-DD] [--country ISO2] [--near LAT,LON] [--actors FILE.tsv] [--json] [--quiet]
Polls RSS 2.0, Atom, RDF and JSON feeds with conditional GET. A LIST_FILE names one URL a line ('#' comments);
a site's page stands for the feed its <link rel="alternate"> names. Each new item's article page is fetched
(robots.txt permitting, one request per host every --host-delay seconds, default 5, or the site's Crawl-delay
if longer, up to 120) and stored like 'sitrep ingest' does; with --enqueue it is put on the PostgreSQL job
queue for 'sitrep worker' instead (the watcher then loads no gazetteer).
The database: ${DATABASE_RULE}.
Seen items, validators and back-off are kept in --state (default ./sitrep-watch.json). A failing feed is
retried after --retry-after seconds (default 60), doubling up to --max-backoff (default 21600); a 429 or 503
with a Retry-After header waits as long as the server asks (up to --max-backoff), and the host's other feeds
and pages wait with it.
--interval is the time between rounds (default 900); --once runs one round and exits: 0 if some feed was
read, 1 if every feed failed, 2 on usage errors.
`;

const USER_AGENT = "sitrep/0.1 (feed watcher)";

export async function runWatch(args: string[]): Promise<number> {
  return runCommand("watch", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXTRACT_OPTION_SPEC, db: { type: "string" }, state: { type: "string" }, interval: { type: "string" }, once: { type: "boolean" },
      "host-delay": { type: "string" }, "retry-after": { type: "string" }, "max-backoff": { type: "string" },
      timeout: { type: "string" }, "max-bytes": { type: "string" }, json: { type: "boolean" }, quiet: { type: "boolean" }, enqueue: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("expected at least one feed URL or a file listing feed URLs");
    const seconds = (flag: string, value: string | undefined, fallback: number, min = 0) => (parseNumberArg(flag, value, { min }) ?? fallback) * 1000;
    const intervalMs = seconds("--interval", values.interval, 900, 1);
    const hostDelayMs = seconds("--host-delay", values["host-delay"], 5);
    const backoff = { baseMs: seconds("--retry-after", values["retry-after"], DEFAULT_BACKOFF.baseMs / 1000), capMs: seconds("--max-backoff", values["max-backoff"], DEFAULT_BACKOFF.capMs / 1000) };
    if (backoff.capMs < backoff.baseMs) throw new UsageError(`--max-backoff (${backoff.capMs / 1000}) must not be less than --retry-after (${backoff.baseMs / 1000})`);
    const http: HttpOptions = {
      timeoutMs: seconds("--timeout", values.timeout, DEFAULT_TIMEOUT_MS / 1000, 0.001),
      maxBytes: parseNumberArg("--max-bytes", values["max-bytes"], { integer: true, min: 1 }) ?? DEFAULT_MAX_BYTES,
      userAgent: USER_AGENT,
    };
    const options = toExtractOptions(values);
    const { feeds, problems } = await resolveFeedArgs(positionals);
    for (const { input, problem } of problems) process.stderr.write(`sitrep: skipped ${input}: ${problem.message}\n`);
    if (feeds.length === 0) throw new UsageError("no feed URLs to watch");

    const url = resolveDatabaseUrl(values.db);
    if (values.enqueue && !isPostgresUrl(url)) throw new UsageError(`--enqueue needs the job queue, which lives in PostgreSQL (database: ${DATABASE_RULE}), got '${url}'`);
    if (values.enqueue && values.actors) throw new UsageError("--actors belongs to 'sitrep worker' when watching with --enqueue (documents are extracted there)");
    const store = await openStore(url);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
    try {
      const jobOptions = { published: options.published ?? null, country: options.country ?? null, near: options.near ?? null };
      const ingest = values.enqueue ? toQueue(store as PostgresStore, jobOptions) : await toStore(store, options, values.actors ?? []);
      const { pacer, robots } = createArticlePoliteness({ hostDelayMs, http });
      const tally = createTally(feeds.length);
      const report = (event: WatchEvent) => {
        tally.count(event);
        if (values.json) process.stdout.write(JSON.stringify(event) + "\n");
        if (!values.quiet || event.kind === "feed-failed" || event.kind === "article-problem") process.stderr.write(`sitrep: ${describeEvent(event)}\n`);
      };
      const deps = { ingest, saveProblem: store.saveInputProblem.bind(store), report, pacer, robots, http, backoff, now: Date.now };
      await watchFeeds({
        feeds, statePath: values.state ?? "./sitrep-watch.json", intervalMs, once: !!values.once, signal: stop.signal,
        onRound: (round) => process.stderr.write(`sitrep: round ${round}: ${tally.summary()}\n`),
      }, deps);
      return tally.allFailed() ? 1 : 0;
    } finally {
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      await store.close();
    }
  });
}

/** Each new article extracted and stored here, as `sitrep ingest` does. */
async function toStore(store: Store, options: ExtractOptions, actorFiles: string[]): Promise<WatchDeps["ingest"]> {
  const ctx = await createContext(options, { actorFiles });
  return (doc) => extractAndSave(doc, { store, ctx });
}

/** Each new article put on the job queue (once per body, however often it is seen) for `sitrep worker`. */
function toQueue(store: PostgresStore, options: QueuedInput["options"]): WatchDeps["ingest"] {
  return async (doc) => {
    const added = await enqueueJobs(store.pool, [{ input: doc.url ?? doc.path ?? "feed item", raw: doc, options }]);
    return { kind: added > 0 ? "queued" : "queued-before" };
  };
}

function createTally(feedCount: number) {
  const counts = { stored: 0, queued: 0, unchanged: 0, events: 0, problems: 0, feedsFailed: 0 };
  let lastRoundAllFailed = false;
  return {
    count(event: WatchEvent): void {
      if (event.kind === "feed-failed") counts.feedsFailed++;
      else if (event.kind === "feed-read" || event.kind === "feed-not-modified" || event.kind === "feed-waiting" || event.kind === "feed-discovered") return;
      else if (event.kind === "article-problem") counts.problems++;
      else if (event.result.kind === "stored") { counts.stored++; counts.events += event.result.events; }
      else if (event.result.kind === "queued") counts.queued++;
      else counts.unchanged++;
    },
    /** The round's line (documents counted since the start); feed failures start afresh each round. */
    summary(): string {
      const { stored, queued, unchanged, events, problems, feedsFailed } = counts;
      lastRoundAllFailed = feedsFailed === feedCount;
      counts.feedsFailed = 0;
      const done = queued > 0 ? `${queued} documents queued` : `${stored} documents stored`;
      return `${feedCount - feedsFailed} of ${feedCount} feeds answered; since start ${done}, ${unchanged} unchanged, ${events} events, ${problems} problems`;
    },
    allFailed: () => lastRoundAllFailed,
  };
}

function describeEvent(event: WatchEvent): string {
  switch (event.kind) {
    case "feed-waiting": return `waiting ${event.feed}: backing off until ${event.retryAt}`;
    case "feed-not-modified": return `not modified ${event.feed}`;
    case "feed-discovered": return `found feed ${event.url} on ${event.feed}`;
    case "feed-read": return `read ${event.feed}: ${event.items} items, ${event.fresh} new`;
    case "feed-failed": return `feed failed ${event.feed}: ${event.message} (${event.failures} in a row, next try after ${event.retryAt})`;
    case "article-stored": return `${event.result.kind} ${event.url}${event.result.kind === "stored" ? ` (${event.result.events} events)` : ""}`;
    case "article-problem": return `skipped ${event.input}: ${event.problem.message}${event.willRetry ? " (will retry)" : ""}`;
  }
}
