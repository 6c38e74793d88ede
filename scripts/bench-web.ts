// Measures `sitrep serve` over a large store: builds (once, then reuses) a SQLite store of generated events,
// starts the real app in a child process on 127.0.0.1, drives typical API queries with autocannon and prints
// p50/p95/p99 latency, req/s and the server's CPU time per request (from /proc: a figure the machine's other
// load does not inflate) against a 50 ms p95 target; then opens the page in Chromium and prints how
// long it takes to render 10,000 events and to re-filter them (target 200 ms). Prints; asserts nothing.
// Each list query is asked with a different offset every time, so the store's page cache (one data version) never
// answers: the figures are the query engine's. --cached asks the same two paths over and over instead.
//   npm run bench:web -- [--n 100000] [--seed 7] [--seconds 5] [--connections 1] [--refilters 6] [--only api|page] [--fresh] [--cached]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { ensureBenchStore } from "./bench-web/build-store.js";
import { measureApi, type ApiFigures, type ApiQuery } from "./bench-web/measure-api.js";
import { measurePage, type RenderFigures } from "./bench-web/measure-page.js";
import { startServer } from "./bench-web/start-server.js";

const API_TARGET_MS = 50;
const PAGE_TARGET_MS = 200;

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "100000" }, seed: { type: "string", default: "7" }, seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "1" }, refilters: { type: "string", default: "6" }, only: { type: "string" },
    fresh: { type: "boolean", default: false }, cached: { type: "boolean", default: false },
  },
});
const whole = (name: string, text: string | undefined) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, got '${text}'`);
  return n;
};
const count = whole("n", values.n);
const seconds = whole("seconds", values.seconds);
const connections = whole("connections", values.connections);
const refilters = whole("refilters", values.refilters);
if (values.only && !["api", "page"].includes(values.only)) throw new Error(`--only must be 'api' or 'page', got '${values.only}'`);
const log = (message: string) => process.stderr.write(`bench:web: ${message}\n`);

const storePath = await ensureBenchStore(count, { seed: whole("seed", values.seed), fresh: values.fresh, log });
const server = await startServer(storePath);
try {
  process.stdout.write(`sitrep bench:web: ${count} events, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}, ${new Date().toISOString()}\n`);
  if (values.only !== "page") {
    const queries = (await apiQueries(server.url)).map((q) => (values.cached || q.name === "event by id" ? q : { ...q, paths: withOffsets(q.paths) }));
    const figures: ApiFigures[] = [];
    for (const query of queries) {
      log(`api: ${query.name} (${seconds} s, ${connections} connection${connections === 1 ? "" : "s"})`);
      const cpuBefore = server.cpuMs();
      const measured = await measureApi(server.url, query, { seconds, connections });
      figures.push({ ...measured, serverCpuMs: (server.cpuMs() - cpuBefore) / Math.max(1, measured.requests) });
      // A request cut off at the end of the run still occupies the (single-threaded) server: wait it out.
      await fetch(`${server.url}/api/config`);
    }
    const caching = values.cached ? "the same paths repeated (cache answers)" : "a new offset each request (no cache)";
    process.stdout.write(`\nAPI, ${connections} connection${connections === 1 ? "" : "s"}, ${seconds} s a query, ${caching}; target p95 <= ${API_TARGET_MS} ms\n`);
    process.stdout.write(apiTable(queries, figures) + "\n");
  }
  if (values.only !== "api") {
    log(`page: Chromium, first view and ${refilters} re-filters`);
    const figures = await measurePage(server.url, { refilters, serverCpuMs: server.cpuMs });
    process.stdout.write(`\nPage (Chromium), target total <= ${PAGE_TARGET_MS} ms\n${pageTable(figures)}\n`);
  }
  process.stdout.write(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
} finally {
  await server.stop();
}

/** The typical queries of a browsing user; ids for the by-id query come from the store itself. */
async function apiQueries(baseUrl: string): Promise<ApiQuery[]> {
  const response = await fetch(`${baseUrl}/api/events?limit=50&offset=1000&sort=stored_at`);
  const ids = ((await response.json()) as { events: { id: string }[] }).events.map((e) => `/api/events/${encodeURIComponent(e.id)}`);
  return [
    { name: "type", paths: ["/api/events?type=Battles", "/api/events?type=Riots"] },
    { name: "type + month", paths: ["/api/events?type=Battles&since=2023-03-01&until=2023-03-31", "/api/events?type=Protests&since=2022-06-01&until=2022-06-30"] },
    { name: "near + km", paths: ["/api/events?near=36.2021,37.1343&km=10", "/api/events?near=48.5947,37.9999&km=25"] },
    { name: "bbox", paths: ["/api/events?bbox=42,12,46,16", "/api/events?bbox=36,36,38,37"] },
    { name: "actor substring", paths: ["/api/events?actor=wagner", "/api/events?actor=ansar"] },
    { name: "text q", paths: ["/api/events?q=shelling", "/api/events?q=bakhmut%20clash"] },
    { name: "event by id", paths: ids },
    { name: "facets (all, limit=1)", paths: ["/api/events?limit=1"] },
    { name: "page view (10k)", paths: ["/api/events?limit=10000"] },
    { name: "page view (10k, summary=1)", paths: ["/api/events?limit=10000&summary=1"] },
  ];
}

/** 200 variants of each /api/events path, offsets 0-199, interleaved: consecutive requests never repeat a page. */
function withOffsets(paths: string[]): string[] {
  return Array.from({ length: 200 }, (_, offset) => paths.map((p) => `${p}&offset=${offset}`)).flat();
}

function apiTable(queries: ApiQuery[], figures: ApiFigures[]): string {
  const header = ["query", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s", "KB/resp", "server CPU ms/req", "", "example"];
  const rows = figures.map((f, i) => [f.name, String(f.requests) + (f.errors ? ` (${f.errors} errors)` : ""), ms(f.p50), ms(f.p95), ms(f.p99),
    f.perSecond.toFixed(1), (f.bytes / 1024).toFixed(0), ms(f.serverCpuMs ?? NaN), f.p95 <= API_TARGET_MS ? "ok" : "MISSED", queries[i].paths[0]]);
  return table(header, rows, [1, 2, 3, 4, 5, 6, 7]);
}

function pageTable(figures: RenderFigures[]): string {
  const header = ["render", "events", "fetch ms", "draw ms", "total ms", "", "CPU ms: page + server", "draw: map + timeline + filters + table (sync ms)"];
  const parts = (f: RenderFigures) => Object.values(f.parts).map(ms).join(" + ");
  const cpu = (f: RenderFigures) => `${ms(f.browserCpuMs + f.serverCpuMs)}: ${ms(f.browserCpuMs)} + ${ms(f.serverCpuMs)}`;
  const rows = figures.map((f) => [f.label, String(f.events), ms(f.fetchMs), ms(f.drawMs), ms(f.totalMs), f.totalMs <= PAGE_TARGET_MS ? "ok" : "MISSED", cpu(f), parts(f)]);
  const median = (pick: (f: RenderFigures) => number) => ms([...figures.slice(1).map(pick)].sort((a, b) => a - b)[Math.floor((figures.length - 1) / 2)]);
  if (figures.length > 1) {
    rows.push(["re-filter median", "", median((f) => f.fetchMs), median((f) => f.drawMs), median((f) => f.totalMs), "",
      median((f) => f.browserCpuMs + f.serverCpuMs), ""]);
  }
  return table(header, rows, [1, 2, 3, 4]);
}

function ms(value: number): string {
  return Number.isNaN(value) ? "-" : value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function table(header: string[], rows: string[][], numeric: number[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (numeric.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
