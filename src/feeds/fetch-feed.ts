// One conditional GET of a feed: the validators from the last fetch go out as If-None-Match and
// If-Modified-Since; a 304 means nothing new. Every failure is a value with a message, never a throw; a 429
// or 503 carries the wait its Retry-After asks for.
import { decodeText } from "../input/decode-text.js";
import { describeFetchError, parseContentType, readLimited } from "../input/read-url.js";
import { throttleDelay } from "./retry-after.js";

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface HttpOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

export type FeedResponse =
  | { kind: "not-modified" }
  | { kind: "fetched"; body: string; validators: Validators }
  /** `retryAfterMs`: the server asked us to wait this long (429/503 with Retry-After); null otherwise. */
  | { kind: "failed"; message: string; retryAfterMs: number | null };

export async function fetchFeed(url: string, validators: Validators, options: HttpOptions): Promise<FeedResponse> {
  const headers: Record<string, string> = { "user-agent": options.userAgent, accept: FEED_ACCEPT };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    return failed(describeFetchError(error, options.timeoutMs));
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: "not-modified" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const retryAfterMs = throttleDelay(response, Date.now());
    const wait = retryAfterMs === null ? "" : ` (the server asks for ${Math.ceil(retryAfterMs / 1000)} s before the next try)`;
    return failed(`HTTP ${response.status} ${response.statusText}`.trim() + wait, retryAfterMs);
  }
  const bytes = await readLimited(response, options).catch((error: unknown) => error as Error);
  if (bytes instanceof Error) return failed(describeFetchError(bytes, options.timeoutMs));
  const decoded = decodeText(bytes, { charset: parseContentType(response.headers.get("content-type")).charset });
  if (decoded.kind === "problem") return failed(decoded.problem.message);
  return {
    kind: "fetched",
    body: decoded.text,
    validators: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") },
  };
}

function failed(message: string, retryAfterMs: number | null = null): FeedResponse {
  return { kind: "failed", message, retryAfterMs };
}

/** A plain GET for robots.txt: status and text, or an error message. */
export async function fetchText(url: string, options: HttpOptions): Promise<{ status: number; body: string } | { error: string }> {
  try {
    const response = await fetch(url, { headers: { "user-agent": options.userAgent }, signal: AbortSignal.timeout(options.timeoutMs) });
    const bytes = await readLimited(response, options);
    return { status: response.status, body: new TextDecoder().decode(bytes) };
  } catch (error) {
    return { error: describeFetchError(error, options.timeoutMs) };
  }
}

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
