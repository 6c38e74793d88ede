// Where (as ACLED writes it), when and how many: the sentence's own date and death toll, else what the paragraph set up.
import { createRequire } from "node:module";
import type { DateMention, EventLocation, Fatalities, Figure, PlaceMention, Sentence } from "../../types.js";

const require = createRequire(import.meta.url);
const isoCountries = require("i18n-iso-countries") as {
  registerLocale(locale: unknown): void;
  getName(code: string, lang: string, options?: { select: "official" | "alias" | "all" }): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
};
isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json"));

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

/**
 * The sentence's resolved dates (two for "on Tuesday and Wednesday"), else the latest earlier in the paragraph.
 * `datesIn` holds each sentence's date mentions (paragraphs are runs of consecutive sentences).
 */
export function findEventDates(datesIn: readonly (readonly DateMention[])[], sentences: readonly Sentence[], sentence: Sentence): DateMention[] {
  const own = (datesIn[sentence.index] ?? []).filter((d) => d.date !== null);
  if (own.length > 0) return own;
  for (let i = sentence.index - 1; i >= 0 && sentences[i].paragraph === sentence.paragraph; i--) {
    const resolved = (datesIn[i] ?? []).filter((d) => d.date !== null);
    if (resolved.length > 0) return [resolved[resolved.length - 1]];
  }
  return [];
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
