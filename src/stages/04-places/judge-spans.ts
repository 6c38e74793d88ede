// Decide which gazetteer spans are places at all (not a common word, a surname, a street or a
// newspaper), and which stand for a government (metonymy), each decision with the rule that made it.
import type { PlaceLexicon } from "../../gazetteer/place-lexicon.js";
import type { NameSpan } from "./find-name-spans.js";
import { ACTOR_VERBS, CONTRACTION, CUES_AFTER, PERSON_TITLES, SPEECH_VERBS, CUES_BEFORE, LOCATIVE_BEFORE, NEAR_BEFORE, NOT_A_PLACE_AFTER } from "./place-rules.js";
import type { Token } from "./tokenize-text.js";

/** Upper-case initial in a cased script (Arabic has no capitals, so it never "runs on" into a name). */
const isUpperInitial = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

const AREA_CODES = new Set(["PCLI", "ADM1", "CONT", "RGN"]);
const ARABIC_LETTER = /^[\u0600-\u06ff]/;

/** Why a gazetteer span is not a place, or null when it may be one. */
export interface DocumentWords {
  /** Words the document writes in lower case somewhere (at least those of one-word spans, the only ones asked about). */
  lowerWords: ReadonlySet<string>;
  /** Token indexes inside any gazetteer span. */
  inSpan: ReadonlySet<number>;
  /** Surnames of people the document names (find-person-names.ts). */
  people: ReadonlySet<string>;
}

export function findNonPlaceReason(span: NameSpan, tokens: readonly Token[], lexicon: PlaceLexicon, doc: DocumentWords): string | null {
  const { lowerWords } = doc;
  if (span.kind !== "gazetteer") return null;
  const first = tokens[span.first];
  let before = span.first - 1;
  while (before > 0 && tokens[before].joinsNext && /^(?:al|el|bin|ibn|abu|de|van|von)$/.test(tokens[before].text)) before--;
  const prev = tokens[before];
  const next = tokens[span.last + 1];
  const best = span.entries[0];
  const area = AREA_CODES.has(best.featureCode);
  const single = span.first === span.last;
  const lower = first.text.toLowerCase();
  // "US" is the country, "us" the pronoun: a country's capitalised short form is no common word.
  const countryCode = best.featureCode === "PCLI" && first.text.length >= 2 && first.text === first.text.toUpperCase();
  if (single && lexicon.stopWords.has(lower) && !countryCode) return "not:common-word";
  if (isNewsOutlet(span, tokens, lexicon)) return "not:news-outlet";
  if (single && CONTRACTION.test(first.text)) return "not:contraction";
  if (prev && PERSON_TITLES.test(prev.text) && before === span.first - 1) return "not:after-title";
  // A small division named like a person ("Nelson Region", the Isle of Man's "Michael") is no shield against the person rules.
  const bigArea = area && (best.featureCode !== "ADM1" || best.population >= 1_000_000);
  const major = bigArea || best.featureCode === "PPLC" || best.population >= 1_000_000;
  if (single && !major && doc.people.has(first.text)) return "not:person-named-in-document";
  if (single && !major && best.population < 100_000 && next && tokens[span.last].joinsNext && SPEECH_VERBS.test(next.text)) return "not:speaker";
  if (single && !major && best.population < 100_000 && prev?.joinsNext && SPEECH_VERBS.test(prev.text) && next && tokens[span.last].joinsNext
    && ACTOR_VERBS.has(next.text.toLowerCase())) return "not:subject-of-reported-speech"; // "said X was wrong": a person
  if (single && !area && lowerWords.has(lower)) return "not:written-lower-elsewhere";
  if (prev?.joinsNext && prev.capitalised && lexicon.givenNames.has(prev.text)) return "not:surname";
  if (isInOperationName(tokens, span.first)) return "not:operation-name";
  // A division's full name after an unknown word is the container of that word ("Balcad Middle Shabelle").
  if (prev?.joinsNext && isUpperInitial(prev) && !prev.sentenceStart && !/\d/.test(prev.text) && !(area && !single) && !lexicon.stopWords.has(prev.text.toLowerCase())
    && !lexicon.demonyms.has(prev.text) && !doc.inSpan.has(before)) return "not:inside-longer-name";
  const runsOn = tokens[span.last].joinsNext && !!next && isUpperInitial(next) && !lexicon.stopWords.has(next.text.toLowerCase()) && !doc.inSpan.has(span.last + 1);
  if (single && lexicon.givenNames.has(first.text) && runsOn) return "not:person-name";
  // "George Bush": a given name before a surname the document uses, even when that surname is also a place.
  if (single && !bigArea && lexicon.givenNames.has(first.text) && tokens[span.last].joinsNext && !!next && doc.people.has(next.text)) return "not:person-name";
  if (single && !area && best.population < 100_000 && runsOn && !CUES_AFTER.some((c) => c.words.test(next.text))) return "not:inside-longer-name";
  if (tokens[span.last].joinsNext && next?.capitalised && NOT_A_PLACE_AFTER.has(next.text.toLowerCase())) return "not:street-or-institution";
  if (single && !area && lexicon.givenNames.has(first.text) && best.population < 100_000) return "not:given-name";
  if (single && !area && first.sentenceStart && best.population < 1000 && !first.joinsNext) return "not:small-place-opening-a-sentence";
  if (single && first.text.length <= 2 && best.featureCode !== "PCLI") return "not:too-short";
  return null;
}

/** "Al Jazeera reported": the whole span is the name of a news organisation (data/places/news-outlets.txt). */
function isNewsOutlet(span: NameSpan, tokens: readonly Token[], lexicon: PlaceLexicon): boolean {
  if (lexicon.newsOutlets.size === 0 || span.last - span.first > 3) return false;
  const words: string[] = [];
  for (let k = span.first; k <= span.last; k++) words.push(tokens[k].text.toLowerCase());
  return lexicon.newsOutlets.has(words.join(" "));
}

/** "Operation Peace Spring", "Operation Olive Branch": words in the name of a military operation are not places. */
function isInOperationName(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3 && tokens[k].joinsNext && tokens[k].capitalised; k--) {
    if (tokens[k].text === "Operation" || tokens[k].text === "Operations") return true;
  }
  return false;
}

/** True when the span is followed (possibly through a list "X and Y") by a verb that makes it an actor. */
function isActingSubject(spans: readonly NameSpan[], at: number, tokens: readonly Token[]): boolean {
  let k = at;
  while (k + 1 < spans.length) {
    const between = tokens.slice(spans[k].last + 1, spans[k + 1].first).map((t) => t.text.toLowerCase());
    if (between.length !== 1 || (between[0] !== "and" && between[0] !== "or")) break;
    k++;
  }
  const after = tokens[spans[k].last + 1];
  if (!after) return false;
  if (after.text === "s" || after.text === "’s" || /['’]s$/.test(tokens[spans[k].last].text)) return false;
  return ACTOR_VERBS.has(after.text.toLowerCase());
}

/** Does this span stand for a government rather than a location? */
export function isMetonym(spans: readonly NameSpan[], at: number, tokens: readonly Token[]): boolean {
  const span = spans[at];
  if (span.kind === "metonym-building") return true;
  const best = span.entries[0];
  if (!best || (best.featureCode !== "PCLI" && best.featureCode !== "PPLC")) return false;
  return isActingSubject(spans, at, tokens);
}

/** A single-word name that is only a small place or an alternate name: often a person or a common word. */
export function isWeakSpan(span: NameSpan, tokens: readonly Token[]): boolean {
  const best = span.entries[0];
  if (span.kind !== "gazetteer" || !best || AREA_CODES.has(best.featureCode) || span.first !== span.last) return false;
  if (ARABIC_LETTER.test(tokens[span.first].text)) return false; // never a common English word or a surname in Latin text
  const shouted = tokens[span.first].text === tokens[span.first].text.toUpperCase();
  // A capitalised town opening a sentence is a dateline ("LAKEVILLE — The council..."), not an acronym.
  const dateline = shouted && tokens[span.first].sentenceStart && tokens[span.first].text.length >= 4 && best.population >= 1000;
  return best.alternate || best.population < 20_000 || (shouted && !dateline);
}

/** A weak name is kept when the words around it say "place", or it lies in the document's country. */
export function isSupportedWeakSpan(span: NameSpan, tokens: readonly Token[], dominantCountry: string | null): boolean {
  const prev = tokens[span.first - 1];
  const next = tokens[span.last + 1];
  const opening = !!prev && prev.sentenceStart && LOCATIVE_BEFORE.has(prev.text.toLowerCase()); // "In Armo, gunmen..."
  const locative = !!prev && (LOCATIVE_BEFORE.has(prev.text) || opening || NEAR_BEFORE.test(prev.text)
    || (prev.text === "of" && !!tokens[span.first - 2] && CUES_BEFORE.some((c) => c.words.test(tokens[span.first - 2].text))));
  const described = !!next && tokens[span.last].joinsNext && CUES_AFTER.some((c) => c.words.test(next.text));
  const inCountry = dominantCountry !== null && span.entries.some((e) => e.country === dominantCountry && !e.alternate);
  return locative || described || inCountry;
}
