// Where an event happened: the sentence's own place, else what earlier sentences set up. The document's
// places are sorted into sentences once (createPlaceSetting), so each event looks only at its neighbours.
import type { ActorMention, PlaceMention, Sentence } from "../../types.js";

/** What the event-place search knows, indexed by sentence once per document. */
export interface PlaceSetting {
  sentences: readonly Sentence[];
  /** ISO2 of the document's country: another country named whole is an origin or a government, not a location. */
  country: string | null;
  /** Per sentence, in document order: the places that can be an event's location. */
  eventPlaces: readonly (readonly PlaceMention[])[];
  /** Every resolved, located place finer than a country: what a namesake must lie near. */
  located: readonly PlaceMention[];
}

/** A title before a "place" makes it a person ("President Obama", "Mr. Putin"). */
const TITLE_BEFORE = /\b(?:President|Mr|Mrs|Ms|Dr|Gen|General|Col|Colonel|Minister|Secretary|Chancellor|dictator|commander|leader|King|Prince|Sheikh|Emir|Pope|spokesman|Senator)\.?\s+$/;
/** "Turkey-based", "Iran-backed", "Jean-Marc": a hyphenated compound qualifies something else. */
const HYPHEN_AFTER = /^[-\u2010]\w/;
const HYPHEN_BEFORE = /\w[-\u2010]$/;
/** "Quds commander", "Aleppo governor": the place names whom someone serves, not where something happened. */
const ROLE_AFTER = /^\s+(?:commander|chief|leader|spokesman|spokeswoman|official|governor|minister|ambassador|envoy)s?\b/i;

function isEventPlace(p: PlaceMention, sentences: readonly Sentence[], actorsHere: readonly ActorMention[], country: string | null): boolean {
  if (p.role !== "location") return false;
  if (p.feature === "country" && country !== null && p.country !== country) return false;
  // A place inside an actor's name ("Free Syrian Army", "Aleppo Military Council") is not a location.
  if (actorsHere.some((a) => a.evidence.start < p.evidence.end && p.evidence.start < a.evidence.end)) return false;
  const s = sentences[p.sentence];
  if (!s) return true;
  const before = s.text.slice(Math.max(0, p.evidence.start - s.start - 24), p.evidence.start - s.start);
  const after = s.text.slice(p.evidence.end - s.start, p.evidence.end - s.start + 16);
  return !TITLE_BEFORE.test(before) && !HYPHEN_AFTER.test(after) && !HYPHEN_BEFORE.test(before) && !ROLE_AFTER.test(after);
}

export function createPlaceSetting(
  places: readonly PlaceMention[], sentences: readonly Sentence[], actors: readonly ActorMention[], country: string | null,
): PlaceSetting {
  const actorsIn: ActorMention[][] = sentences.map(() => []);
  for (const a of actors) actorsIn[a.sentence]?.push(a);
  const eventPlaces: PlaceMention[][] = sentences.map(() => []);
  for (const p of places) {
    if (eventPlaces[p.sentence] && isEventPlace(p, sentences, actorsIn[p.sentence], country)) eventPlaces[p.sentence].push(p);
  }
  const located = places.filter((p) => p.resolved && p.latitude !== null && p.feature !== "country");
  return { sentences, country, eventPlaces, located };
}

function precisionOf(p: PlaceMention): number {
  return p.feature === "country" ? 4 : p.geo_precision;
}

/**
 * The most specific location in the sentence (town before province before country), the first written on a
 * tie: news and ACLED notes name the town first and the neighbourhood after ("in Naucalpan ... in Colonia X").
 */
export function findEventPlace(sentence: number, set: PlaceSetting, accept: (p: PlaceMention) => boolean = () => true): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of set.eventPlaces[sentence] ?? []) {
    if (!accept(p)) continue;
    if (best === null || precisionOf(p) - precisionOf(best) < 0 || (precisionOf(p) === precisionOf(best) && p.evidence.start < best.evidence.start)) best = p;
  }
  return best;
}

const CARRY_ACROSS_PARAGRAPHS = 3;

/** The place of an earlier sentence: anywhere back in the paragraph, or a few sentences back across paragraphs. */
export function findCarriedPlace(sentence: Sentence, set: PlaceSetting, accept: (p: PlaceMention) => boolean = () => true): PlaceMention | null {
  for (let i = sentence.index - 1; i >= 0; i--) {
    if (set.sentences[i].paragraph !== sentence.paragraph && sentence.index - i > CARRY_ACROSS_PARAGRAPHS) break;
    const found = findEventPlace(i, set, accept);
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
function mostCoherent(candidates: readonly PlaceMention[], located: readonly PlaceMention[]): PlaceMention | null {
  const score = (c: PlaceMention) => located.filter((p) => p.name !== c.name && kmBetween(p, c) <= COHERENCE_KM).length;
  let best: PlaceMention | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const s = score(c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

const isFiner = (p: PlaceMention) => p.feature !== "country";
const isResolvedFiner = (p: PlaceMention) => p.resolved && p.feature !== "country";

/**
 * Where the event happened: the sentence's best place; a country alone gives way to a town carried from
 * earlier sentences; an unresolved village keeps its name but is located at a resolved town nearby.
 */
export function chooseEventPlace(sentence: Sentence, set: PlaceSetting): PlaceMention | null {
  const own = findEventPlace(sentence.index, set);
  if (own && isFiner(own) && own.resolved) return own;
  if (own && !own.resolved) {
    const inSentence = (set.eventPlaces[sentence.index] ?? []).filter(isResolvedFiner);
    const anchor = mostCoherent(inSentence, set.located) ?? findCarriedPlace(sentence, set, isResolvedFiner);
    return anchor ? { ...own, latitude: anchor.latitude, longitude: anchor.longitude, country: anchor.country, admin1: anchor.admin1, geo_precision: 2, rule: `${own.rule}+near:${anchor.name}` } : own;
  }
  const carried = findCarriedPlace(sentence, set, isFiner);
  if (own && carried && carried.country === own.country) return carried;
  return own ?? carried ?? findCarriedPlace(sentence, set);
}
