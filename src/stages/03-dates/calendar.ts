// Calendar arithmetic on ISO days (YYYY-MM-DD), in UTC so that no time zone moves a day.

const DAY_MS = 86_400_000;

function toMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO day for a year, month (1-12) and day, or null when that day does not exist (31 February). */
export function toIsoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return fromMs(ms);
}

export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && toIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(toMs(iso)).getUTCDay();
}

/** The most recent `weekday` on or before `ref` (past-only: news reports what happened). */
export function weekdayOnOrBefore(ref: string, weekday: number, { strict = false }: { strict?: boolean } = {}): string {
  let back = (weekdayOf(ref) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** The Wednesday of the Monday-to-Sunday week holding `iso`, `weeksBack` weeks earlier. */
export function midWeek(iso: string, weeksBack: number): string {
  const sinceMonday = (weekdayOf(iso) + 6) % 7;
  return addDays(iso, -sinceMonday + 2 - 7 * weeksBack);
}

/** The 15th of the month holding `iso`, `monthsBack` months earlier. */
export function midMonth(iso: string, monthsBack: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - monthsBack;
  const d = new Date(Date.UTC(year, month - 1, 15));
  return fromMs(d.getTime());
}

/** The most recent year in which month/day falls on or before `ref`. */
export function pastYearFor(ref: string, month: number, day: number): number {
  const monthDay = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const year = Number(ref.slice(0, 4));
  return monthDay <= ref.slice(5) ? year : year - 1;
}

export function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}
