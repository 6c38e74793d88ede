// Where, when and how many: the sentence's own place, date and death toll, else what the paragraph set up.
import { createRequire } from "node:module";
import type { ActorMention, DateMention, EventLocation, Fatalities, Figure, PlaceMention, Sentence } from "../../types.js";

const require = createRequire(import.meta.url);
const isoCountries = require("i18n-iso-countries") as {
  registerLocale(locale: unknown): void;
  getName(code: string, lang: string, options?: { select: "official" | "alias" | "all" }): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
};
isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json"));

/** What the event-place search knows besides the places: the actors (a place inside an actor's name is not a location). */
export interface PlaceSetting {
  sentences: readonly Sentence[];
  actors: readonly ActorMention[];
  /** ISO2 of the document's country: another country named whole is an origin or a government, not a location. */
  country: string | null;
}

/** A title before a "place" makes it a person ("President Obama", "Mr. Putin"). */
const TITLE_BEFORE = /\b(?:President|Mr|Mrs|Ms|Dr|Gen|General|Col|Colonel|Minister|Secretary|Chancellor|dictator|commander|leader|King|Prince|Sheikh|Emir|Pope|spokesman|Senator)\.?\s+$/;
/** "Turkey-based", "Iran-backed", "Jean-Marc": a hyphenated compound qualifies something else. */
const HYPHEN_AFTER = /^[-\u2010]\w/;
const HYPHEN_BEFORE = /\w[-\u2010]$/;
/** "Quds commander", "Aleppo governor": the place names whom someone serves, not where something happened. */
const ROLE_AFTER = /^\s+(?:commander|chief|leader|spokesman|spokeswoman|official|governor|minister|ambassador|envoy)s?\b/i;

function isEventPlace(p: PlaceMention, set: PlaceSetting): boolean {
  if (p.role !== "location") return false;
  if (p.feature === "country" && set.country !== null && p.country !== set.country) return false;
  if (set.actors.some((a) => a.sentence === p.sentence && a.evidence.start < p.evidence.end && p.evidence.start < a.evidence.end)) return false;
  const s = set.sentences[p.sentence];
  if (!s) return true;
  const before = s.text.slice(Math.max(0, p.evidence.start - s.start - 24), p.evidence.start - s.start);
  const after = s.text.slice(p.evidence.end - s.start, p.evidence.end - s.start + 16);
  return !TITLE_BEFORE.test(before) && !HYPHEN_AFTER.test(after) && !HYPHEN_BEFORE.test(before) && !ROLE_AFTER.test(after);
}

function precisionOf(p: PlaceMention): number {
  return p.feature === "country" ? 4 : p.geo_precision;
}

/**
 * The most specific location in the sentence (town before province before country), the first written on a
 * tie: news and ACLED notes name the town first and the neighbourhood after ("in Naucalpan ... in Colonia X").
 */
export function findEventPlace(places: readonly PlaceMention[], sentence: number, set: PlaceSetting): PlaceMention | null {
  const here = places.filter((p) => p.sentence === sentence && isEventPlace(p, set));
  return [...here].sort((a, b) => precisionOf(a) - precisionOf(b) || a.evidence.start - b.evidence.start)[0] ?? null;
}

const CARRY_ACROSS_PARAGRAPHS = 3;

/** The place of an earlier sentence: anywhere back in the paragraph, or a few sentences back across paragraphs. */
export function findCarriedPlace(places: readonly PlaceMention[], sentence: Sentence, set: PlaceSetting, accept: (p: PlaceMention) => boolean = () => true): PlaceMention | null {
  for (let i = sentence.index - 1; i >= 0; i--) {
    const s = set.sentences[i];
    if (s.paragraph !== sentence.paragraph && sentence.index - i > CARRY_ACROSS_PARAGRAPHS) break;
    const found = findEventPlace(places.filter(accept), s.index, set);
    if (found) return found;
  }
  return null;
}

const COHERENCE_KM = 50;

function kmBetween(a: PlaceMention, b: PlaceMention): number {
  const rad = Math.PI / 180;
  const dLat = ((b.latitude ?? 0) - (a.latitude ?? 0)) * rad;
  const dLon = ((b.longitude ?? 0) - (a.longitude ?? 0)) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a.latitude ?? 0) * rad) * Math.cos((b.latitude ?? 0) * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The candidate most of the document's other places lie near (a gazetteer's wrong namesake lies alone); first on a tie. */
function mostCoherent(candidates: readonly PlaceMention[], all: readonly PlaceMention[]): PlaceMention | null {
  const located = all.filter((p) => p.resolved && p.latitude !== null && p.feature !== "country");
  const score = (c: PlaceMention) => located.filter((p) => p.name !== c.name && kmBetween(p, c) <= COHERENCE_KM).length;
  let best: PlaceMention | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const s = score(c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/**
 * Where the event happened: the sentence's best place; a country alone gives way to a town carried from
 * earlier sentences; an unresolved village keeps its name but is located at a resolved town nearby.
 */
export function chooseEventPlace(places: readonly PlaceMention[], sentence: Sentence, set: PlaceSetting): PlaceMention | null {
  const own = findEventPlace(places, sentence.index, set);
  const finer = (p: PlaceMention) => p.feature !== "country";
  if (own && finer(own) && own.resolved) return own;
  if (own && !own.resolved) {
    const inSentence = places.filter((p) => p.sentence === sentence.index && p.resolved && finer(p) && isEventPlace(p, set));
    const anchor = mostCoherent(inSentence, places) ?? findCarriedPlace(places, sentence, set, (p) => p.resolved && finer(p));
    return anchor ? { ...own, latitude: anchor.latitude, longitude: anchor.longitude, country: anchor.country, admin1: anchor.admin1, geo_precision: 2, rule: `${own.rule}+near:${anchor.name}` } : own;
  }
  const carried = findCarriedPlace(places, sentence, set, finer);
  if (own && carried && carried.country === own.country) return carried;
  return own ?? carried ?? findCarriedPlace(places, sentence, set);
}

export function toEventLocation(place: PlaceMention, countryName: (iso2: string) => string | null): EventLocation {
  const countryOnly = place.feature === "country";
  return {
    name: place.name, latitude: place.latitude, longitude: place.longitude,
    geo_precision: countryOnly ? 3 : place.geo_precision, admin1: place.admin1,
    country: place.country ? countryName(place.country) : null,
    iso: place.country ? Number(isoCountries.alpha2ToNumeric(place.country) ?? NaN) || null : null,
    resolved: place.resolved,
  };
}

/** ACLED's short country names where they differ from ISO's ("Syria", not "Syrian Arab Republic"). */
export function findCountryName(iso2: string, known: ReadonlyMap<string, { name: string }>): string | null {
  return known.get(iso2)?.name ?? isoCountries.getName(iso2, "en", { select: "alias" }) ?? null;
}

/** The sentence's resolved dates (two for "on Tuesday and Wednesday"), else the latest earlier in the paragraph. */
export function findEventDates(dates: readonly DateMention[], sentences: readonly Sentence[], sentence: Sentence): DateMention[] {
  const own = dates.filter((d) => d.sentence === sentence.index && d.date !== null);
  if (own.length > 0) return own;
  const earlier = dates.filter((d) => d.date !== null && d.sentence < sentence.index && sentences[d.sentence]?.paragraph === sentence.paragraph);
  return earlier.length > 0 ? [earlier[earlier.length - 1]] : [];
}

/** Deaths counted in these sentences, for one event: event-scope "killed" figures summed; conservative low. */
export function findFatalities(figures: readonly Figure[], sentenceIndexes: readonly number[]): Fatalities {
  // "nine civilians, including two nurses": the subset is already inside the total.
  const killed = figures.filter((f) => f.measure === "killed" && f.scope === "event" && f.rule !== "figure-subset" &&
    sentenceIndexes.includes(f.sentence));
  if (killed.length === 0) return { low: null, best: null, high: null };
  // Within a sentence, counts of different victims add up; across sentences the same deaths are usually
  // restated, so the largest sentence total stands (never the sum: no double counting).
  const perSentence = sentenceIndexes.map((index) => killed.filter((f) => f.sentence === index)).filter((fs) => fs.length > 0);
  const sum = (fs: Figure[], pick: (f: Figure) => number | null) => fs.reduce<number | null>((acc, f) => {
    const v = pick(f);
    return acc === null || v === null ? null : acc + v;
  }, 0);
  const largest = (pick: (f: Figure) => number | null) => perSentence
    .map((fs) => sum(fs, pick))
    .reduce<number | null>((best, v) => (v === null ? best : best === null ? v : Math.max(best, v)), null);
  return { low: largest((f) => f.low), best: largest((f) => f.value), high: largest((f) => f.high) };
}
