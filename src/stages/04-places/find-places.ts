// Stage 4: places. Find names in the cleaned text (gazetteer names gated on capitalisation and
// stop-lists, plus cue phrases for names the gazetteer lacks), drop what is not a place, mark
// governments standing for their capital (metonymy), and resolve each name with document context.
import type { Context, ExtractOptions } from "../../context.js";
import type { Gazetteer } from "../../gazetteer/gazetteer.js";
import type { CleanDocument, PlaceMention, Sentence } from "../../types.js";
import { findAbbreviatedDivisions } from "./find-abbreviated-divisions.js";
import { findCueSpans } from "./find-cue-spans.js";
import { findNameSpans, type NameSpan } from "./find-name-spans.js";
import { addQualifierVotes, findDocumentPlaces, findDominantCountry } from "./document-context.js";
import { findHomeArea } from "./find-home-area.js";
import { findNamesakeSupport } from "./find-namesake-support.js";
import { findPrefixedNames, preferPrefixedNames } from "./find-prefixed-names.js";
import { findPersonNames } from "./find-person-names.js";
import { findNonPlaceReason, isMetonym, isSupportedWeakSpan, isWeakSpan } from "./judge-spans.js";
import { resolveCueSpan, resolveNameSpan } from "./resolve-mention.js";
import { createWordGate } from "./place-rules.js";
import { tokenizeText, type Token } from "./tokenize-text.js";
import { createSpanCover } from "../../util/span-cover.js";

export interface FindPlaceOptions extends Pick<ExtractOptions, "country" | "near"> {
  /** Also report adjectives of place ("Syrian", "American") as mentions of their country. */
  adjectives?: boolean;
}

export function findPlaceMentions(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer, options: FindPlaceOptions = {}): PlaceMention[] {
  const tokens = tokenizeText(text, sentences);
  const all = findNameSpans(tokens, gazetteer);
  const lowerWords = findLowerWritten(tokens, all);
  const inSpan = new Set<number>();
  for (const s of all) for (let k = s.first; k <= s.last; k++) inSpan.add(k);
  const people = findPersonNames(tokens, gazetteer.lexicon, text);
  const plausible = all.filter((s) => findNonPlaceReason(s, tokens, gazetteer.lexicon, { lowerWords, inSpan, people }) === null);
  const strong = plausible.filter((s) => !isWeakSpan(s, tokens));
  const strongContext = findDocumentPlaces(strong);
  const dominant = options.country?.toUpperCase() ?? findDominantCountry(strongContext.countryVotes);
  const kept = plausible.filter((s) => !isWeakSpan(s, tokens) || isSupportedWeakSpan(s, tokens, dominant))
    .map((s) => (isWeakSpan(s, tokens) ? preferLooseInCountry(s, text, tokens, gazetteer, dominant) : s));
  const found = findCuesOverWeakSpans(kept, tokens, gazetteer, text);
  const prefixed = preferPrefixedNames(found.spans, findPrefixedNames(tokens, gazetteer.lexicon));
  const cued = preferPrefixedNames(found.cues, prefixed.prefixed);
  const { spans: named, joined } = joinAdjacentNames(prefixed.spans, tokens, text);
  const cues = [...cued.prefixed, ...cued.spans, ...joined];
  const context = { ...addQualifierVotes(findDocumentPlaces(named), named, tokens, text, gazetteer), options, home: findHomeArea(named), support: findNamesakeSupport(named) };
  const firstPass = new Map<NameSpan, PlaceMention | null>();
  const resolveAll = (anchors: readonly PlaceMention[] | null): PlaceMention[] => {
    const out: PlaceMention[] = [];
    named.forEach((span, at) => {
      if (span.kind === "demonym" && !options.adjectives) return;
      const again = anchors !== null && span.entries.length > 1;
      let mention = again || !firstPass.has(span) ? resolveNameSpan(span, { text, tokens, spans: named, context, lexicon: gazetteer.lexicon, anchors: anchors ?? [] }) : firstPass.get(span) ?? null;
      if (anchors === null) firstPass.set(span, mention);
      if (mention && isMetonym(named, at, tokens)) mention = { ...mention, role: "metonym", rule: `${mention.rule}+metonym` };
      if (mention) out.push(mention);
    });
    return out;
  };
  // Two passes: the second lets each ambiguous name lean towards the towns the first pass placed ("Paris" near "Tyler").
  const first = resolveAll(null);
  const anchors = first.filter((m) => m.resolved && m.role === "location" && m.geo_precision !== 3);
  const mentions = anchors.length > 0 ? resolveAll(anchors) : first;
  const resolvedSoFar = mentions.filter((m) => m.resolved && m.role === "location");
  for (const span of cues) mentions.push(resolveCueSpan(span, { text, tokens, gazetteer, context, resolvedSoFar }));
  const overlapsAny = (d: PlaceMention) => mentions.some((m) => m.evidence.start < d.evidence.end && d.evidence.start < m.evidence.end);
  mentions.push(...findAbbreviatedDivisions(text, named, tokens, gazetteer).filter((d) => !overlapsAny(d)));
  return mentions.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** Of the one-word names found, those the document also writes in lower case (the only words the judges ask about). */
function findLowerWritten(tokens: readonly Token[], spans: readonly NameSpan[]): Set<string> {
  const asked = new Set<string>();
  for (const s of spans) if (s.first === s.last) asked.add(tokens[s.first].text.toLowerCase());
  const written = new Set<string>();
  const gate = createWordGate(asked);
  for (const t of tokens) if (!t.capitalised && gate(t.text) && asked.has(t.text)) written.add(t.text);
  return written;
}

/**
 * Cue-found names ("the town of X Y") may cover a single weak gazetteer word ("X" alone is a small
 * place elsewhere): the longer cue name wins over it; a strong name or an equally long one blocks the cue.
 */
function findCuesOverWeakSpans(kept: readonly NameSpan[], tokens: readonly Token[], gazetteer: Gazetteer, text: string): { spans: NameSpan[]; cues: NameSpan[] } {
  const taken = new Set<number>();
  for (const s of kept) if (!isWeakSpan(s, tokens)) for (let k = s.first; k <= s.last; k++) taken.add(k);
  const found = findCueSpans(tokens, taken, gazetteer.lexicon, text);
  const keptCover = createSpanCover(kept);
  const cues = found.filter((c) => !keptCover.someOverlapping(c.first, c.last, (s) => s.last - s.first >= c.last - c.first));
  const cueCover = createSpanCover(cues);
  return { spans: kept.filter((s) => !cueCover.someOverlapping(s.first, s.last)), cues };
}

/**
 * Two gazetteer names side by side in one capitalised run ("Harrow Ford", where "Harrow" and "Ford" are each
 * a place somewhere) are one name the gazetteer lacks: kept as a single place to resolve like a cue-found
 * name. Countries and provinces are left alone, and only a plain space may separate the two.
 */
function joinAdjacentNames(spans: readonly NameSpan[], tokens: readonly Token[], text: string): { spans: NameSpan[]; joined: NameSpan[] } {
  // A capital written after a name is its container ("Tlalpan Ciudad de Mexico", "Lerdo Durango"), not its second half.
  const isArea = (s: NameSpan) => s.kind !== "gazetteer" || s.entries.length === 0 ||
    /country|first-order|region/.test(s.entries[0].feature) || s.entries[0].featureCode === "PPLC" || s.entries[0].featureCode === "PPLA";
  const ordered = [...spans].sort((a, b) => a.first - b.first);
  const kept: NameSpan[] = [];
  const joined: NameSpan[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const [a, b] = [ordered[i], ordered[i + 1]];
    const spaceBetween = b && b.first === a.last + 1 && text.slice(tokens[a.last].end, tokens[b.first].start) === " ";
    if (spaceBetween && !isArea(a) && !isArea(b)) {
      joined.push({ kind: "cue", first: a.first, last: b.last, key: "adjacent-names", entries: [], refersTo: null });
      i++;
    } else kept.push(a);
  }
  return { spans: kept, joined };
}

/** A weak name with no entry in the document's country may be a spelling variant of one there ("Zirba" ~ "Az Zarbah"). */
function preferLooseInCountry(span: NameSpan, text: string, tokens: readonly Token[], gazetteer: Gazetteer, country: string | null): NameSpan {
  if (!country || span.entries.some((e) => e.country === country)) return span;
  const loose = gazetteer.lookupLoose(text.slice(tokens[span.first].start, tokens[span.last].end), country);
  return loose.length > 0 ? { ...span, entries: loose, key: `${span.key}~loose` } : span;
}

export function findPlaces(doc: CleanDocument, sentences: Sentence[], ctx: Context): PlaceMention[] {
  return findPlaceMentions(doc.text, sentences, ctx.gazetteer, { country: ctx.options.country ?? null, near: ctx.options.near ?? null });
}

export type { NameSpan };
