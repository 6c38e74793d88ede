// Politeness: one request at a time to a host, and the next one no sooner than the host's interval after the
// last one finished. The interval is `intervalMs`, or longer when the site asks for it (robots.txt
// Crawl-delay); a server that answers 429/503 with Retry-After holds the host off until then. Requests to a
// host queue in the order they were asked for; other hosts go on.

export interface HostPacer {
  /** Runs `request` when this URL's host is free and rested; its result or error passes through. */
  run<T>(url: string, request: () => Promise<T>): Promise<T>;
  /** The site asked for at least `ms` between requests (robots.txt Crawl-delay); never below `intervalMs`. */
  setMinInterval(url: string, ms: number): void;
  /** No request to this URL's host for the next `ms` (a server's Retry-After), by the pacer's own clock. */
  holdOff(url: string, ms: number): void;
}

export interface PacerOptions {
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Pure: when the next request to a host may start, given when its last request ended (if any) and the time
 * the server asked us not to come back before (if any).
 */
export function nextSlot(lastEnd: number | undefined, now: number, intervalMs: number, notBefore = 0): number {
  const rested = lastEnd === undefined ? now : Math.max(now, lastEnd + intervalMs);
  return Math.max(rested, notBefore);
}

export function createHostPacer(options: PacerOptions): HostPacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? delay;
  const queues = new Map<string, Promise<unknown>>();
  const lastEnd = new Map<string, number>();
  const intervals = new Map<string, number>();
  const heldUntil = new Map<string, number>();
  const hostOf = (url: string) => new URL(url).host;
  return {
    run<T>(url: string, request: () => Promise<T>): Promise<T> {
      const host = hostOf(url);
      const turn = (queues.get(host) ?? Promise.resolve()).then(async () => {
        // Read when the turn comes, not when asked: a Crawl-delay or Retry-After learnt meanwhile applies.
        const interval = Math.max(options.intervalMs, intervals.get(host) ?? 0);
        const wait = nextSlot(lastEnd.get(host), now(), interval, heldUntil.get(host)) - now();
        if (wait > 0) await sleep(wait);
        try {
          return await request();
        } finally {
          lastEnd.set(host, now());
        }
      });
      // The queue goes on whether this request worked or not; the caller still sees its error.
      queues.set(host, turn.catch(() => undefined));
      return turn;
    },
    setMinInterval(url: string, ms: number): void {
      intervals.set(hostOf(url), ms);
    },
    holdOff(url: string, ms: number): void {
      const host = hostOf(url);
      heldUntil.set(host, Math.max(heldUntil.get(host) ?? 0, now() + ms));
    },
  };
}

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
