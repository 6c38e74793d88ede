// How long a broken feed waits before the next try: doubling from `baseMs` with each failure in a row,
// never more than `capMs`. A pure schedule, so it is tested without sleeping.

export interface BackoffPolicy {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait, however many failures. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 60_000, capMs: 6 * 60 * 60_000 };

/** 0 after no failure; base, 2 base, 4 base, ... up to the cap after 1, 2, 3, ... failures in a row. */
export function backoffDelay(failures: number, policy: BackoffPolicy): number {
  if (failures <= 0) return 0;
  // 2 ** 1024 is Infinity, and Math.min copes; the exponent is clamped anyway to keep the arithmetic exact.
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 52));
}

/** When a feed that has failed `failures` times in a row, the last time at `failedAt`, may be tried again. */
export function nextAttemptAt(failedAt: number, failures: number, policy: BackoffPolicy): number {
  return failedAt + backoffDelay(failures, policy);
}
