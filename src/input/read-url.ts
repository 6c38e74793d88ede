// An http(s) URL: fetched with a timeout and a size limit; the content type picks HTML or text.
// A failed fetch is a problem naming the URL, never a crash. A feed (RSS/Atom/RDF, by content type or by
// its first element; or a JSON Feed) becomes one document per item, each item's article page read through this
// same path, as a polite crawler reads (robots.txt, one request per host at a time: src/feeds/feed-politeness.ts).
import { decodeText } from "./decode-text.js";
import { formatBytes, problemItem, type InputItem } from "./input-item.js";
import { isFeedBody, sniffFormat } from "./sniff-format.js";
import type { ArticlePoliteness } from "../feeds/feed-politeness.js";
import { throttleDelay } from "../feeds/retry-after.js";

export interface UrlOptions {
  maxBytes: number;
  timeoutMs: number;
  published: string | null;
  /** Sent as User-Agent when given (the feed watcher names itself). */
  userAgent?: string;
  /** False: a feed at this URL is a problem, not a list of articles (so an item linking to a feed never recurses). */
  followFeeds?: boolean;
  /** Told how long the server asked us to wait (429/503 with Retry-After), so a pacer can leave the host alone. */
  onThrottled?: (ms: number) => void;
  /** Article pages of a feed are fetched through this (robots.txt, per-host pacing); feed-politeness.ts makes one. */
  politeness?: () => Promise<ArticlePoliteness>;
}

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

export async function* readUrl(url: string, options: UrlOptions): AsyncGenerator<InputItem> {
  let response: Response;
  try {
    const headers = options.userAgent ? { "user-agent": options.userAgent } : undefined;
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: "follow", headers });
  } catch (error) {
    yield problemItem(url, "fetch-failed", describeFetchError(error, options.timeoutMs));
    return;
  }
  if (!response.ok) {
    const retryAfterMs = throttleDelay(response, Date.now());
    if (retryAfterMs !== null) options.onThrottled?.(retryAfterMs);
    await response.body?.cancel();
    yield problemItem(url, "fetch-failed", `HTTP ${response.status} ${response.statusText}`.trim());
    return;
  }
  const { mime, charset } = parseContentType(response.headers.get("content-type"));
  // application/json passes here only to be read as a JSON Feed below (anything else JSON is refused there).
  if (!isFeedType(mime) && mime !== null && !mime.startsWith("text/") && mime !== "application/xhtml+xml" && mime !== "application/json") {
    yield problemItem(url, "unsupported-input", `expected an HTML or text page, got content type ${mime}`);
    return;
  }
  const bytes = await readLimited(response, options).catch((error: unknown) => error as Error);
  if (bytes instanceof Error) {
    yield problemItem(url, bytes.name === "TooLarge" ? "too-large" : "fetch-failed", describeFetchError(bytes, options.timeoutMs));
    return;
  }
  const decoded = decodeText(bytes, { charset });
  if (decoded.kind === "problem") {
    yield { kind: "problem", input: url, problem: decoded.problem };
    return;
  }
  if (isFeedType(mime) || (mime !== "text/html" && isFeedBody(decoded.text))) {
    yield* readFeed(response.url || url, decoded.text, options);
    return;
  }
  if (mime === "application/json") {
    yield problemItem(url, "unsupported-input", "expected an HTML or text page or a feed, got JSON that is not a JSON Feed");
    return;
  }
  const format = mime === "text/html" || mime === "application/xhtml+xml" ? "html" : mime === "text/plain" ? "text" : sniffFormat(decoded.text);
  yield { kind: "document", input: url, doc: { path: null, url: response.url || url, body: decoded.text, format, published: options.published } };
}

export function isFeedType(mime: string | null): boolean {
  return mime !== null && /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/feed\+json)$/.test(mime);
}

/** The rest between two article fetches from one host when reading a feed once (`sitrep watch` has --host-delay). */
export const DEFAULT_HOST_DELAY_MS = 1000;

/** A feed's items, each article read with `readUrl` (never following a second feed), robots.txt and pacing permitting. */
export function readFeed(name: string, xml: string, options: UrlOptions): AsyncGenerator<InputItem> {
  if (options.followFeeds === false) {
    return (async function* () {
      yield problemItem(name, "unsupported-input", "expected an article page, got a feed");
    })();
  }
  // The feed parser and XML validator load only when a feed arrives, not at every start-up.
  return (async function* () {
    const { readFeedDocuments } = await import("../feeds/feed-documents.js");
    const { createArticlePoliteness, readArticlePolitely, CRAWLER_USER_AGENT } = await import("../feeds/feed-politeness.js");
    const http = { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, userAgent: options.userAgent ?? CRAWLER_USER_AGENT };
    const politeness = options.politeness ? await options.politeness() : createArticlePoliteness({ hostDelayMs: DEFAULT_HOST_DELAY_MS, http });
    yield* readFeedDocuments(name, xml, {
      published: options.published,
      readArticle: async function* (link, published) {
        yield* (await readArticlePolitely(link, { ...options, ...http, published, followFeeds: false }, politeness)).items;
      },
    });
  })();
}

export function parseContentType(header: string | null): { mime: string | null; charset: string | null } {
  if (!header) return { mime: null, charset: null };
  const [mime, ...params] = header.split(";").map((part) => part.trim());
  const charset = params.find((p) => p.toLowerCase().startsWith("charset="))?.slice(8).replace(/"/g, "") ?? null;
  return { mime: mime.toLowerCase(), charset };
}

export async function readLimited(response: Response, options: { maxBytes: number }): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > options.maxBytes) throw tooLarge(declared, options.maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array(0);
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > options.maxBytes) throw tooLarge(size, options.maxBytes, { atLeast: true });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, max: number, options: { atLeast?: boolean } = {}): Error {
  const error = new Error(`page is ${options.atLeast ? "over " : ""}${formatBytes(size)}, over the ${formatBytes(max)} limit (--max-bytes)`);
  error.name = "TooLarge";
  return error;
}

export function describeFetchError(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `no answer within ${timeoutMs / 1000} s`;
  if (err.name === "TooLarge") return err.message;
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message} (${cause})` : err.message;
}
