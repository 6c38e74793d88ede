// A server's Retry-After header (RFC 9110 section 10.2.3) on a 429 Too Many Requests or 503 Service
// Unavailable: how long to leave the host alone. Either whole seconds ("120") or an HTTP date.

/** Statuses whose Retry-After means "come back later" (on a redirect it means something else). */
export function isThrottled(status: number): boolean {
  return status === 429 || status === 503;
}

/** Milliseconds to wait from `now`, or null when the header is missing or unreadable; a past date is 0. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only a date with letters in it: Date.parse would read a bare "12" as a year.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** The wait a throttled response asks for, or null when it is not throttled or names no time. */
export function throttleDelay(response: { status: number; headers: { get(name: string): string | null } }, now: number): number | null {
  return isThrottled(response.status) ? parseRetryAfter(response.headers.get("retry-after"), now) : null;
}
