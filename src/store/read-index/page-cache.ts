// Answers already given, kept for one data version: the same page asked again (the page's first view for every
// visitor, a filter toggled back, a shared link) costs a lookup. Keyed by everything that shapes the answer;
// dropped whole when the version changes; bounded by entries and by the events held, oldest out first. Callers
// must treat what they get as read-only, since the next caller gets the same objects.

const MAX_ENTRIES = 32;
const MAX_EVENTS_HELD = 40_000;

export interface PageCache {
  /** The cached answer for `key` at `version`, else `compute()`'s, kept when it has at most `keepUpTo` events. */
  get<T extends { events: readonly unknown[] }>(version: string, key: string, compute: () => T, options?: { keepUpTo?: number }): T;
}

export function createPageCache(limits: { entries?: number; events?: number } = {}): PageCache {
  const maxEntries = limits.entries ?? MAX_ENTRIES;
  const maxEvents = limits.events ?? MAX_EVENTS_HELD;
  let cachedVersion = "";
  // A Map iterates in insertion order: the first key is the oldest.
  const entries = new Map<string, { events: readonly unknown[] }>();
  let held = 0;

  return {
    get(version, key, compute, options = {}) {
      if (version !== cachedVersion) {
        entries.clear();
        held = 0;
        cachedVersion = version;
      }
      const hit = entries.get(key);
      if (hit) return hit as ReturnType<typeof compute>;
      const page = compute();
      if (page.events.length > Math.min(maxEvents, options.keepUpTo ?? Infinity)) return page;
      entries.set(key, page);
      held += page.events.length;
      for (const [oldest, value] of entries) {
        if (entries.size <= maxEntries && held <= maxEvents) break;
        entries.delete(oldest);
        held -= value.events.length;
      }
      return page;
    },
  };
}
