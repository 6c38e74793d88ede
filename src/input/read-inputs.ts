// The front door: command-line arguments (files, directories, `-`, URLs) to a stream of documents and
// problems, in argument order. Nothing here throws for bad input: each bad input is one problem item.
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, problemItem, type InputItem, type ReadOptions } from "./input-item.js";
import { readPath } from "./read-file.js";
import { readStdin } from "./read-stdin.js";
import { DEFAULT_HOST_DELAY_MS, isUrl, readUrl, type UrlOptions } from "./read-url.js";

export type { InputItem, ReadOptions } from "./input-item.js";

export async function* readInputs(args: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const published = options.published ?? null;
  let stdinUsed = false;
  const politeness = sharedPoliteness(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes);
  for (const arg of args) {
    if (arg === "-") {
      if (stdinUsed) {
        yield problemItem("-", "unreadable-input", "standard input was already read (give '-' once)");
        continue;
      }
      stdinUsed = true;
      yield await readStdin(options.stdin ?? process.stdin, { maxBytes, published });
    } else if (isUrl(arg)) {
      yield* readUrl(arg, { maxBytes, published, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, politeness });
    } else {
      yield* readPath(arg, { maxBytes, published, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, politeness });
    }
  }
}

/**
 * One robots.txt cache and per-host pacer for every feed the arguments name, made when the first feed arrives
 * (so reading plain files never loads the feed modules).
 */
function sharedPoliteness(timeoutMs: number, maxBytes: number): NonNullable<UrlOptions["politeness"]> {
  let made: ReturnType<NonNullable<UrlOptions["politeness"]>> | undefined;
  return () => (made ??= (async () => {
    const { createArticlePoliteness, CRAWLER_USER_AGENT } = await import("../feeds/feed-politeness.js");
    return createArticlePoliteness({ hostDelayMs: DEFAULT_HOST_DELAY_MS, http: { timeoutMs, maxBytes, userAgent: CRAWLER_USER_AGENT } });
  })());
}
