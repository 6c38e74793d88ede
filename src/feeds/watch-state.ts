// What `sitrep watch` remembers between rounds and restarts, as one JSON file: per feed, the validators
// for conditional GET, the failure streak and when to try again, and the keys (GUID or link) of items
// already handled. Written to a temporary file and renamed, so a crash never leaves half a file.
import { readFile, rename, writeFile } from "node:fs/promises";

export interface FeedState {
  /** The feed found on the page when the watched URL is a site's page (autodiscovery); null when it is the feed. */
  feedUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Failures in a row (0 when the last try worked). */
  failures: number;
  /** ISO timestamp before which the feed is not tried again; null to try at once. */
  retryAt: string | null;
  lastError: string | null;
  /** Keys of items handled, newest last, at most MAX_SEEN. */
  seen: string[];
  /** Item key -> article fetches that failed; an item is given up after MAX_ITEM_ATTEMPTS. */
  itemFailures: Record<string, number>;
}

export interface WatchState {
  version: 1;
  feeds: Record<string, FeedState>;
}

export const MAX_SEEN = 5000;

export function createWatchState(): WatchState {
  return { version: 1, feeds: {} };
}

export function createFeedState(): FeedState {
  return { feedUrl: null, etag: null, lastModified: null, failures: 0, retryAt: null, lastError: null, seen: [], itemFailures: {} };
}

/** The state in `path`; a fresh one when the file does not exist. A file that is not ours is an error. */
export async function loadWatchState(path: string): Promise<WatchState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return createWatchState();
    throw new Error(`cannot read the watch state file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseWatchState(text, path);
}

export function parseWatchState(text: string, path: string): WatchState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`the watch state file ${path} is not JSON (${(error as Error).message}); move it away to start afresh`, { cause: error });
  }
  const state = value as Partial<WatchState> | null;
  if (state === null || typeof state !== "object" || state.version !== 1 || typeof state.feeds !== "object" || state.feeds === null) {
    throw new Error(`the watch state file ${path} is not a sitrep watch state (expected {"version": 1, "feeds": {...}})`);
  }
  const feeds: Record<string, FeedState> = {};
  for (const [url, feed] of Object.entries(state.feeds)) feeds[url] = { ...createFeedState(), ...feed };
  return { version: 1, feeds };
}

export async function saveWatchState(path: string, state: WatchState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(state, null, 2) + "\n");
  await rename(temporary, path);
}
