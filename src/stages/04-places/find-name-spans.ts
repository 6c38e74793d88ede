// Spans of text that name places: the longest run of capitalised tokens (with connectors like "al-",
// "of") whose joined key is in the gazetteer, plus demonyms ("Syrian") and metonym buildings
// ("the Kremlin") from data/places. Gated on capitalisation; filtering of common words is done later.
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/gazetteer.js";
import { KEY_NAME, KEY_PREFIX } from "../../gazetteer/gazetteer-data.js";
import { isArticleToken } from "../../gazetteer/normalize-name.js";
import { NAME_CONNECTORS } from "./place-rules.js";
import type { Token } from "./tokenize-text.js";

export type SpanKind = "gazetteer" | "demonym" | "metonym-building" | "cue";

export interface NameSpan {
  kind: SpanKind;
  /** Token range [first, last]. */
  first: number;
  last: number;
  key: string;
  entries: readonly GazetteerEntry[];
  /** For demonyms and metonym buildings: the country (ISO2) or region they refer to. */
  refersTo: string | null;
}

const MAX_TOKENS = 6;

/** Is tokens[i..j] a run a name may span: joined by spaces/hyphens, capitalised at both ends? */
function isNameRun(tokens: readonly Token[], i: number, j: number): boolean {
  if (j > i && tokens[i].text.toLowerCase() === "the") return false;
  if (!tokens[i].capitalised || !tokens[j].capitalised) return false;
  for (let k = i; k < j; k++) {
    if (!tokens[k].joinsNext) return false;
    if (k > i && !tokens[k].capitalised && !NAME_CONNECTORS.has(tokens[k].text.toLowerCase())) return false;
  }
  return true;
}

/** First words of the demonym and metonym phrases, per lexicon: a token that opens none needs no phrase built. */
const OPENING_WORDS = new WeakMap<Gazetteer["lexicon"], ReadonlySet<string>>();

function openingWords(lexicon: Gazetteer["lexicon"]): ReadonlySet<string> {
  let words = OPENING_WORDS.get(lexicon);
  if (!words) {
    words = new Set([...lexicon.demonyms.keys(), ...lexicon.metonyms.keys()].map((phrase) => phrase.split(" ", 1)[0]));
    OPENING_WORDS.set(lexicon, words);
  }
  return words;
}

function findLexiconSpan(tokens: readonly Token[], i: number, gazetteer: Gazetteer): NameSpan | null {
  const { demonyms, metonyms } = gazetteer.lexicon;
  const last = Math.min(tokens.length - 1, i + 2);
  const written: string[] = [];
  let w = "";
  for (let j = i; j <= last; j++) {
    w = j === i ? tokens[j].text : `${w} ${tokens[j].text}`;
    written.push(w);
  }
  for (let j = last; j >= i; j--) {
    if (!isNameRun(tokens, i, j)) continue;
    const phrase = written[j - i];
    const metonym = metonyms.get(phrase);
    if (metonym) return { kind: "metonym-building", first: i, last: j, key: phrase, entries: gazetteer.lookup(metonym.seat).filter((e) => e.country === metonym.country), refersTo: metonym.country };
    const demonym = demonyms.get(phrase);
    if (demonym) {
      const target = demonym.region || demonym.country;
      const info = demonym.country ? gazetteer.countryInfo(demonym.country) : null;
      const entries = demonym.region ? gazetteer.lookup(demonym.region) : info ? gazetteer.lookup(info.name).filter((e) => e.id === `iso3166:${info.iso2}`) : [];
      return { kind: "demonym", first: i, last: j, key: phrase, entries, refersTo: target || null };
    }
  }
  return null;
}

/**
 * The longest gazetteer name starting at token i. The key grows a token at a time (articles dropped,
 * as normalizeName does) and the scan stops as soon as the key is no name's first words.
 */
/** English prepositions that fold into an article key ("In" ~ "en"): opening a sentence, they never open a name. */
const NOT_NAME_OPENERS = new Set(["In", "IN", "On", "ON"]);

function findGazetteerSpan(tokens: readonly Token[], i: number, gazetteer: Gazetteer): NameSpan | null {
  if (tokens[i].key === "" || NOT_NAME_OPENERS.has(tokens[i].text)) return null;
  let key = "";
  let articles = "";
  let found: { last: number; key: string } | null = null;
  const stop = Math.min(tokens.length - 1, i + MAX_TOKENS - 1);
  for (let j = i; j <= stop; j++) {
    const t = tokens[j];
    if (j > i && (!tokens[j - 1].joinsNext || (!t.capitalised && !NAME_CONNECTORS.has(t.text.toLowerCase())))) break;
    if (t.key !== "") {
      if (isArticleToken(t.key)) articles = articles ? `${articles} ${t.key}` : t.key;
      else key = key ? `${key} ${t.key}` : t.key;
    }
    const probe = key || articles;
    if (!probe) continue;
    const flags = gazetteer.keyFlags(probe);
    if ((flags & KEY_NAME) !== 0 && t.capitalised && (j === i || tokens[i].text.toLowerCase() !== "the")) found = { last: j, key: probe };
    if ((flags & KEY_PREFIX) === 0 && key !== "") break;
  }
  if (!found) return null;
  const entries = gazetteer.lookupKey(found.key);
  return entries.length > 0 ? { kind: "gazetteer", first: i, last: found.last, key: found.key, entries, refersTo: null } : null;
}

/** All name spans, left to right, never overlapping (the longest at each start wins). */
export function findNameSpans(tokens: readonly Token[], gazetteer: Gazetteer): NameSpan[] {
  const spans: NameSpan[] = [];
  const opening = openingWords(gazetteer.lexicon);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capitalised) continue;
    // Lexicon phrases join token texts with spaces, so one opens only with a word that opens a phrase.
    const lexical = opening.has(tokens[i].text) ? findLexiconSpan(tokens, i, gazetteer) : null;
    const named = findGazetteerSpan(tokens, i, gazetteer);
    const span = lexical && (!named || lexical.last >= named.last) ? lexical : named;
    if (!span) continue;
    spans.push(span);
    i = span.last;
  }
  return spans;
}
