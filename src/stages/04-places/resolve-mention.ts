// Turn a name span into a PlaceMention: resolve it (resolve-spans.ts), set its precision and evidence.
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/gazetteer.js";
import type { PlaceLexicon } from "../../gazetteer/place-lexicon.js";
import type { PlaceMention } from "../../types.js";
import { findDominantCountry } from "./document-context.js";
import { findAdminQualifier } from "./find-admin-qualifier.js";
import type { NameSpan } from "./find-name-spans.js";
import { findPrecision } from "./find-precision.js";
import { CUES_AFTER } from "./place-rules.js";
import { distanceKm, resolveEntries, type Hints, type Resolution, type ResolutionContext } from "./resolve-spans.js";
import type { Token } from "./tokenize-text.js";

const AREA_SENSES = new Set(["PCLI", "ADM1", "CONT", "RGN"]);

interface SpanInput {
  text: string;
  tokens: readonly Token[];
  spans: readonly NameSpan[];
  context: ResolutionContext;
  lexicon: PlaceLexicon;
  /** Places the document names elsewhere (a first pass), for the proximity rule. */
  anchors?: readonly PlaceMention[];
}

/**
 * Is there a town of this name that the division is named after: its seat, the capital, a big town inside
 * it, or (for a district) the town of the same name inside it, as a municipality and its seat are.
 */
function hasSeatNamesake(span: NameSpan): boolean {
  const divisions = span.entries.filter((e) => e.featureCode === "ADM1" || e.featureCode === "ADM2");
  // Only when no state or province bears the name: "California" stays the state though a Colombian municipality shares it.
  const municipal = divisions.length > 0 && divisions.every((d) => d.featureCode === "ADM2");
  return divisions.some((d) => span.entries.some((e) => e.featureCode.startsWith("PPL") && e.country === d.country
    && (e.featureCode === "PPLC" || ((e.featureCode === "PPLA" || e.population >= 500_000) && (d.featureCode !== "ADM1" || e.admin1 === d.admin1))
      || (municipal && e.admin1 === d.admin1 && e.name === d.name))));
}

/** Points of the other names the document places (not this name again). */
function findOtherPlaces(span: NameSpan, input: SpanInput): { latitude: number; longitude: number }[] {
  if (!input.anchors || input.anchors.length === 0 || span.entries.length < 2) return [];
  const written = input.text.slice(input.tokens[span.first].start, input.tokens[span.last].end).toLowerCase();
  const points: { latitude: number; longitude: number }[] = [];
  for (const [name, point] of distinctAnchorPoints(input.anchors)) if (name !== written) points.push(point);
  return points;
}

/** One point per distinct anchor name, computed once per pass (the same array serves every span). */
const ANCHOR_POINTS = new WeakMap<readonly PlaceMention[], Map<string, { latitude: number; longitude: number }>>();

function distinctAnchorPoints(anchors: readonly PlaceMention[]): Map<string, { latitude: number; longitude: number }> {
  let points = ANCHOR_POINTS.get(anchors);
  if (!points) {
    points = new Map();
    for (const m of anchors) {
      const name = m.name.toLowerCase();
      if (!points.has(name) && m.latitude !== null && m.longitude !== null) points.set(name, { latitude: m.latitude, longitude: m.longitude });
    }
    ANCHOR_POINTS.set(anchors, points);
  }
  return points;
}

/** The first span starting after token `last`; `spans` are in text order (binary search: documents can have thousands). */
function firstSpanAfter(spans: readonly NameSpan[], last: number): NameSpan | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].first > last) high = mid;
    else low = mid + 1;
  }
  return spans[low];
}

/** What may stand between a name and a division qualifying it: "X, Texas", "X (Hajjah)", "X district of Y", "X in Y". */
const COMMA_GAP = /^\s*,\s*$/;
const CONTAINER_GAP = /^(?:\s+(?:district|sub-?district|province|governorate|county|municipality|area|village|town|city|countryside))?(?:\s*\(\s*|\s+(?:of|in)\s+(?:the\s+)?)$/i;

/**
 * The division that the name written right after this one stands for. After a comma only a division or a
 * country counts ("Zitan, Humaira" is a list); in parentheses or after "in"/"of" also a district, or a
 * provincial capital standing for its province ("Ras al-Ain in al-Hasakeh").
 */
function findContainerEntry(span: NameSpan, input: SpanInput): GazetteerEntry | undefined {
  const { tokens } = input;
  const following = firstSpanAfter(input.spans, span.last);
  if (!following || following.first > span.last + 4) return undefined;
  const gap = input.text.slice(tokens[span.last].end, tokens[following.first].start);
  const isArea = (e: GazetteerEntry) => e.featureCode === "ADM1" || e.featureCode === "PCLI";
  if (COMMA_GAP.test(gap)) return following.entries.find(isArea);
  if (!CONTAINER_GAP.test(gap)) return undefined;
  return following.entries.find(isArea) ?? following.entries.find((e) => e.featureCode === "ADM2" || e.featureCode === "PPLA" || e.featureCode === "PPLC");
}

function findHints(span: NameSpan, input: SpanInput): Hints {
  const { tokens } = input;
  const next = tokens[span.last + 1];
  const division = !!next && tokens[span.last].joinsNext && CUES_AFTER.some((c) => c.division && c.words.test(next.text));
  const area = findContainerEntry(span, input);
  const abbreviated = area ? null : findAdminQualifier(input.text, tokens[span.last].end, input.lexicon);
  const areaDivision = area && area.featureCode !== "PCLI" ? (area.featureCode === "ADM1" ? area.name : area.admin1) : null;
  return {
    division,
    qualifier: abbreviated ? abbreviated.admin1.toLowerCase() : areaDivision ? areaDivision.toLowerCase() : null,
    qualifierCountry: abbreviated ? abbreviated.country : area ? area.country : null,
    hasSeatNamesake: hasSeatNamesake(span),
    areaSense: span.entries.length > 0 && AREA_SENSES.has(span.entries[0].featureCode),
    nearby: findOtherPlaces(span, input),
  };
}

function toMention(span: NameSpan, input: { text: string; tokens: readonly Token[] }, entry: GazetteerEntry | null, rule: string, score: number): PlaceMention {
  const start = input.tokens[span.first].start;
  const end = input.tokens[span.last].end;
  const written = input.text.slice(start, end);
  return {
    name: written, resolved: entry !== null, latitude: entry?.latitude ?? null, longitude: entry?.longitude ?? null,
    country: entry?.country ?? null, admin1: entry?.admin1 ?? null, feature: entry?.feature ?? null,
    gazetteer_id: entry?.id ?? null, population: entry?.population ?? null, role: "location",
    geo_precision: findPrecision(input.tokens, span.first, span.last, entry?.featureCode ?? null),
    rule, score, sentence: input.tokens[span.first].sentence, evidence: { start, end, text: written },
  };
}

/**
 * Resolutions already made in this document and pass, by entry list and the hints that can differ between
 * two mentions of one name: a name written five times is scored once (the context is the same for all).
 */
const RESOLUTIONS = new WeakMap<object, Map<readonly GazetteerEntry[], Map<string, Resolution | null>>>();

function resolveOnce(span: NameSpan, input: SpanInput, hints: Hints): Resolution | null {
  const owner: object = input.anchors && input.anchors.length > 0 ? input.anchors : input.context;
  let byEntries = RESOLUTIONS.get(owner);
  if (!byEntries) RESOLUTIONS.set(owner, (byEntries = new Map()));
  let byHints = byEntries.get(span.entries);
  if (!byHints) byEntries.set(span.entries, (byHints = new Map()));
  // `nearby` is the anchors' points less this very name's, so the written name stands for it.
  const nearby = hints.nearby && hints.nearby.length > 0 ? input.text.slice(input.tokens[span.first].start, input.tokens[span.last].end).toLowerCase() : "";
  const key = `${hints.division ? 1 : 0}${hints.areaSense ? 1 : 0}\u0000${hints.qualifier ?? "\u0001"}\u0000${hints.qualifierCountry ?? "\u0001"}\u0000${nearby}`;
  let resolution = byHints.get(key);
  if (resolution === undefined) {
    resolution = resolveEntries(span.entries, input.context, hints);
    byHints.set(key, resolution);
  }
  return resolution;
}

export function resolveNameSpan(span: NameSpan, input: SpanInput): PlaceMention | null {
  const resolution = resolveOnce(span, input, findHints(span, input));
  if (!resolution) return null;
  const rule = `${span.kind}:${resolution.reasons.join("+")}`;
  return toMention(span, input, resolution.entry, rule, resolution.confidence);
}

interface CueInput {
  text: string;
  tokens: readonly Token[];
  gazetteer: Gazetteer;
  context: ResolutionContext;
  resolvedSoFar: readonly PlaceMention[];
}

/** A cue-found name: try a looser spelling match inside the document's country, near its other places. */
export function resolveCueSpan(span: NameSpan, input: CueInput): PlaceMention {
  const written = input.text.slice(input.tokens[span.first].start, input.tokens[span.last].end);
  const country = input.context.options.country?.toUpperCase() ?? findDominantCountry(input.context.countryVotes);
  const near = (e: GazetteerEntry): boolean => input.resolvedSoFar.some((m) => m.latitude !== null && m.longitude !== null
    && distanceKm(e, { latitude: m.latitude, longitude: m.longitude }) < 150);
  // The cue already says "place" ("Kunduz city"): a name the gazetteer holds as written is taken, in the
  // document's country when it has one there.
  const exact = input.gazetteer.lookup(written).filter((e) => !e.alternate || e.country === country);
  const inCountry = country ? exact.find((e) => e.country === country) : exact[0];
  if (inCountry) return toMention(span, input, inCountry, `${span.key}+gazetteer`, 0.6);
  const loose = country ? input.gazetteer.lookupLoose(written, country).filter(near) : [];
  if (loose.length > 0) return toMention(span, input, loose[0], `${span.key}+loose-spelling-near-document`, 0.5);
  return toMention(span, input, null, span.key, 0.5);
}
