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
  /** A place -> the place written right after it as its container ("X (Y)", "X district, Y", "X Y-province"). */
  containerOf: ReadonlyMap<PlaceMention, PlaceMention>;
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
  const containerOf = new Map<PlaceMention, PlaceMention>();
  for (const inSentence of eventPlaces) findContainers(inSentence, sentences, containerOf);
  return { sentences, country, eventPlaces, located, containerOf };
}

/** Words that may stand between a place and its container: "X district (Y)", "X village of Y", "X, Y". */
const KIND = "(?:\\s+(?:sub-?district|district|province|governorate|county|municipality|region|area|village|town|city|neighbou?rhood|countryside|front|frontline)s?)?";
const CONTAINER_GAP = new RegExp(`^${KIND}(?:\\s*,\\s*|\\s+(?:of|in)\\s+(?:the\\s+)?|\\s+)$`, "i");
const PARENTHESIS_GAP = new RegExp(`^${KIND}\\s*\\(\\s*$`, "i");

const fold = (s: string | null): string => (s ?? "").normalize("NFD").replace(/[^\p{L}]/gu, "").toLowerCase();

/** A division, a country, or a town named like its own division (Durango in Durango): a name that can contain another. */
function isArea(p: PlaceMention): boolean {
  if (p.feature === null) return false;
  return p.feature !== "populated place" || (p.admin1 !== null && fold(p.admin1).startsWith(fold(p.name)));
}

/**
 * Mark each place written right after another as its container: in parentheses ("Harad district (Hajjah)",
 * and a second name inside them), or an area after a comma, "of", "in" or a space ("Baharak district Takhar").
 */
function findContainers(places: readonly PlaceMention[], sentences: readonly Sentence[], out: Map<PlaceMention, PlaceMention>): void {
  const ordered = [...places].sort((a, b) => a.evidence.start - b.evidence.start);
  const containers = new Set<PlaceMention>();
  for (let i = 1; i < ordered.length; i++) {
    const [inner, outer] = [ordered[i - 1], ordered[i]];
    const s = sentences[outer.sentence];
    if (!s) continue;
    const gap = s.text.slice(inner.evidence.end - s.start, outer.evidence.start - s.start);
    const area = outer.resolved && isArea(outer);
    const chained = containers.has(inner) && /^\s+$/.test(gap);
    if (PARENTHESIS_GAP.test(gap) || chained || (area && CONTAINER_GAP.test(gap))) {
      out.set(inner, outer);
      containers.add(outer);
    }
  }
}

function precisionOf(p: PlaceMention): number {
  return p.feature === "country" ? 4 : p.geo_precision;
}

/**
 * The most specific location in the sentence (town before province before country), the first written on a
 * tie: news and ACLED notes name the town first and the neighbourhood after ("in Naucalpan ... in Colonia X").
 */
export function findEventPlace(sentence: number, set: PlaceSetting, accept: (p: PlaceMention) => boolean = () => true): PlaceMention | null {
  const candidates = (set.eventPlaces[sentence] ?? []).filter(accept);
  let best: PlaceMention | null = null;
  for (const p of candidates) {
    // A container gives way to the place it contains ("Harad district (Hajjah)" is in Harad).
    if (candidates.some((q) => set.containerOf.get(q) === p)) continue;
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
  // Along a meridian a degree of latitude is at least 111 km: places further apart in latitude alone are far.
  const maxDegrees = (COHERENCE_KM / 6371) * (180 / Math.PI) * 1.0001;
  const isNear = (p: PlaceMention, c: PlaceMention) => Math.abs((p.latitude ?? 0) - (c.latitude ?? 0)) <= maxDegrees && kmBetween(p, c) <= COHERENCE_KM;
  const score = (c: PlaceMention) => located.filter((p) => p.name !== c.name && isNear(p, c)).length;
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

/** The place at its container's point: a village the gazetteer lacks, or a namesake far from the division named with it. */
function atContainer(own: PlaceMention, outer: PlaceMention, why: string): PlaceMention {
  const precision = outer.feature === "first-order administrative division" ? 3 : 2;
  return { ...own, latitude: outer.latitude, longitude: outer.longitude, country: outer.country, admin1: outer.admin1, geo_precision: precision, rule: `${own.rule}+${why}:${outer.name}` };
}

/** The first resolved container up the chain ("X (Y Z)": Y, else Z); a whole country is too coarse to place anything at. */
function resolvedContainer(p: PlaceMention, set: PlaceSetting): PlaceMention | null {
  for (let outer = set.containerOf.get(p); outer; outer = set.containerOf.get(outer)) {
    if (outer.resolved && outer.latitude !== null && outer.feature !== "country") return outer;
  }
  return null;
}

/** A namesake is wrong when its container lies in another country or far away (a town is within a district's reach). */
const CONTAINER_REACH_KM = 250;

function isOutsideContainer(own: PlaceMention, outer: PlaceMention): boolean {
  if (own.country !== null && outer.country !== null && own.country !== outer.country) return true;
  return outer.feature !== "country" && outer.feature !== "first-order administrative division" && kmBetween(own, outer) > CONTAINER_REACH_KM;
}

/**
 * Where the event happened: the sentence's best place; a country alone gives way to a town carried from
 * earlier sentences; an unresolved village keeps its name but is located at its container or a resolved
 * town nearby; a namesake outside the division named with it is placed at that division.
 */
export function chooseEventPlace(sentence: Sentence, set: PlaceSetting): PlaceMention | null {
  const own = findEventPlace(sentence.index, set);
  const outer = own ? resolvedContainer(own, set) : null;
  if (own && outer && own.resolved && isOutsideContainer(own, outer)) return atContainer(own, outer, "outside-container");
  if (own && isFiner(own) && own.resolved) return own;
  if (own && !own.resolved) {
    if (outer) return atContainer(own, outer, "in");
    const inSentence = (set.eventPlaces[sentence.index] ?? []).filter(isResolvedFiner);
    const anchor = mostCoherent(inSentence, set.located) ?? findCarriedPlace(sentence, set, isResolvedFiner);
    return anchor ? { ...own, latitude: anchor.latitude, longitude: anchor.longitude, country: anchor.country, admin1: anchor.admin1, geo_precision: 2, rule: `${own.rule}+near:${anchor.name}` } : own;
  }
  const carried = findCarriedPlace(sentence, set, isFiner);
  if (own && carried && carried.country === own.country) return carried;
  return own ?? carried ?? findCarriedPlace(sentence, set);
}
