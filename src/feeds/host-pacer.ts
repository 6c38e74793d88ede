// Politeness: one request at a time to a host, and the next one no sooner than `intervalMs` after the
// last one finished. Requests to a host queue in the order they were asked for; other hosts go on.

export interface HostPacer {
  /** Runs `request` when this URL's host is free and rested; its result or error passes through. */
  run<T>(url: string, request: () => Promise<T>): Promise<T>;
}

export interface PacerOptions {
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Pure: when the next request to a host may start, given when its last request ended (if any). */
export function nextSlot(lastEnd: number | undefined, now: number, intervalMs: number): number {
  return lastEnd === undefined ? now : Math.max(now, lastEnd + intervalMs);
}

export function createHostPacer(options: PacerOptions): HostPacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? delay;
  const queues = new Map<string, Promise<unknown>>();
  const lastEnd = new Map<string, number>();
  return {
    run<T>(url: string, request: () => Promise<T>): Promise<T> {
      const host = new URL(url).host;
      const turn = (queues.get(host) ?? Promise.resolve()).then(async () => {
        const wait = nextSlot(lastEnd.get(host), now(), options.intervalMs) - now();
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
