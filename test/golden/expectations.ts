// Checks one extraction against a hand-written expectation file (test/golden/articles/*.expect.json).
// Each expected item must be present; `max_events` and `must_not` bound what may be present.
// Returns the list of failures, in words, so a failing test says what is missing.
import type { CodedEvent, Extraction } from "../../src/types.js";

export interface Expectation {
  about: string;
  published?: string | null;
  published_option?: string;
  places?: { name: string; resolved?: boolean; near?: [number, number]; km?: number }[];
  figures?: { measure: string; value: number; qualifier?: string; attributed_to?: string }[];
  events?: ExpectedEvent[];
  max_events?: number;
  must_not?: { text?: string; sub_event_type?: string; event_at?: string; fatalities?: number }[];
}

interface ExpectedEvent {
  event_type: string;
  sub_event_type: string;
  event_date?: string | null;
  location?: string;
  near?: [number, number];
  km?: number;
  actor1?: string;
  fatalities?: number;
  civilian_targeting?: boolean;
}

const fold = (s: string | null | undefined) => (s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b[0] - a[0]) * rad) / 2) ** 2 +
    Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(((b[1] - a[1]) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function isNear(lat: number | null, lon: number | null, near: [number, number], km: number): boolean {
  return lat != null && lon != null && distanceKm([lat, lon], near) <= km;
}

function eventMatches(e: CodedEvent, x: ExpectedEvent): boolean {
  if (e.event_type !== x.event_type || e.sub_event_type !== x.sub_event_type) return false;
  if (x.event_date !== undefined && e.event_date !== x.event_date) return false;
  if (x.location && !fold(e.location?.name).includes(fold(x.location))) return false;
  if (x.near && !isNear(e.location?.latitude ?? null, e.location?.longitude ?? null, x.near, x.km ?? 25)) return false;
  if (x.actor1 && !fold(e.actor1).includes(fold(x.actor1))) return false;
  if (x.fatalities !== undefined && e.fatalities.low !== x.fatalities) return false;
  if (x.civilian_targeting !== undefined && e.civilian_targeting !== x.civilian_targeting) return false;
  return true;
}

export function checkExpectation(out: Extraction, x: Expectation): string[] {
  const failures: string[] = [];
  if (x.published !== undefined && out.document.published !== x.published) {
    failures.push(`published: expected ${x.published}, got ${out.document.published}`);
  }
  for (const p of x.places ?? []) {
    const hits = out.places.filter((m) => fold(m.name).includes(fold(p.name)));
    if (!hits.length) failures.push(`place ${p.name}: missing`);
    else if (p.resolved !== undefined && !hits.some((m) => m.resolved === p.resolved)) failures.push(`place ${p.name}: resolved should be ${p.resolved}`);
    else if (p.near && !hits.some((m) => isNear(m.latitude, m.longitude, p.near!, p.km ?? 25))) failures.push(`place ${p.name}: not within ${p.km ?? 25} km`);
  }
  for (const f of x.figures ?? []) {
    const hit = out.figures.find((g) => g.measure === f.measure && (g.value === f.value || g.low === f.value) &&
      (f.qualifier === undefined || g.qualifier === f.qualifier) &&
      (f.attributed_to === undefined || fold(g.attributed_to).includes(fold(f.attributed_to))));
    if (!hit) failures.push(`figure ${f.measure} ${f.value}${f.attributed_to ? ` (${f.attributed_to})` : ""}: missing`);
  }
  for (const e of x.events ?? []) {
    if (!out.events.some((got) => eventMatches(got, e))) {
      failures.push(`event ${e.sub_event_type} ${e.event_date ?? ""} ${e.location ?? e.near ?? ""}: missing`);
    }
  }
  if (x.max_events !== undefined && out.events.length > x.max_events) {
    failures.push(`events: at most ${x.max_events} expected, got ${out.events.length}`);
  }
  for (const m of x.must_not ?? []) {
    if (m.text && JSON.stringify([out.events, out.figures, out.actors]).toLowerCase().includes(m.text.toLowerCase())) failures.push(`must not contain "${m.text}"`);
    if (m.sub_event_type && out.events.some((e) => e.sub_event_type === m.sub_event_type)) failures.push(`must not code ${m.sub_event_type}`);
    if (m.event_at && out.events.some((e) => fold(e.location?.name).includes(fold(m.event_at)))) failures.push(`must not place an event at ${m.event_at}`);
    if (m.fatalities !== undefined && out.events.some((e) => e.fatalities.low === m.fatalities || e.fatalities.high === m.fatalities)) failures.push(`must not count ${m.fatalities} fatalities in an event`);
  }
  return failures;
}
