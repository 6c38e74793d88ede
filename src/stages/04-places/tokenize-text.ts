// Word tokens with offsets, their normalised keys, and whether they are capitalised; the place finder
// works on these rather than on raw text so that n-gram keys are joins of per-token keys. One pass:
// gaps are read by character code, and only capitalised words and name connectors get a key.
import { normalizeTokenCached } from "../../gazetteer/normalize-name.js";
import type { Sentence } from "../../types.js";
import { createWordGate, NAME_CONNECTORS } from "./place-rules.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Normalised key, for capitalised tokens and name connectors ("al", "of"); "" for other words. */
  key: string;
  /** Starts with an upper-case letter, or is written in Arabic script. */
  capitalised: boolean;
  /** First token of its sentence. */
  sentenceStart: boolean;
  sentence: number;
  /** The next token follows after only a space or a hyphen (so a name may run on). */
  joinsNext: boolean;
}

const UPPER = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letter, mark or digit (ASCII by code, the rest by Unicode class). */
function isWordChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[k]) || (c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(k, k + 2)));
}

function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return k < text.length && LETTER_OR_MARK.test(text[k]);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bf || c === 0x2be;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

/** End of an initialism like "U.S." starting at k (two or more capital-dot pairs), or -1. */
function initialismEnd(text: string, k: number): number {
  let e = k;
  while (isAsciiUpper(text.charCodeAt(e)) && text.charCodeAt(e + 1) === 46) e += 2;
  return e - k >= 4 ? e : -1;
}

/**
 * End of the word starting at k: letters, marks and digits, with inner apostrophes followed by letters
 * ("Ma'arrat"), but not a possessive "'s" ("Aleppo's" is "Aleppo").
 */
function wordEnd(text: string, k: number): number {
  let e = k;
  for (;;) {
    while (e < text.length && isWordChar(text, e)) e++;
    if (!isApostrophe(text.charCodeAt(e)) || !isLetterAt(text, e + 1)) return e;
    const s = text.charCodeAt(e + 1);
    if ((s === 115 || s === 83) && !isWordChar(text, e + 2)) return e;
    e++;
  }
}

/** A one-character gap of a space, hyphen, en dash or no-break space. */
function isJoiningGap(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 45 || c === 0x2013 || c === 0xa0;
}

/** White space as /\s/ has it (ASCII by code, the rest by the pattern). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[k]);
}

/** Does the gap end a sentence-like unit (".", "!", "?", ":", a quote, then only spaces)? */
function gapEndsUnit(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpaceAt(text, k)) k--;
  if (k < from) return false;
  const c = text[k];
  return c === "." || c === "!" || c === "?" || c === ":" || c === '"' || c === "“";
}

/** "St. Louis", "Mt. Pleasant", "Ft. Worth": the dotted short form of a name's first word runs on into the name. */
const NAME_ABBREVIATIONS = new Set(["St", "Ste", "Mt", "Ft", "Pt"]);

function isAbbreviatedPrefix(text: string, prev: Token, start: number): boolean {
  return start - prev.end === 2 && text.charCodeAt(prev.end) === 46 && text.charCodeAt(prev.end + 1) === 32
    && NAME_ABBREVIATIONS.has(prev.text) && isAsciiUpper(text.charCodeAt(start));
}

const connectorGate = createWordGate(NAME_CONNECTORS);
const isConnector = (word: string): boolean => connectorGate(word) && NAME_CONNECTORS.has(word);

/** "d'Ivoire", "l'Aquila": a French elided article before a capital is part of a name. */
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}/u;

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c === 100 || c === 108) return ELIDED_ARTICLE.test(word);
  if (c < 128) return c >= 65 && c <= 90;
  return (c >= 0x600 && c <= 0x6ff) || UPPER.test(word);
}

export function tokenizeText(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  let lastSentence = -1;
  let prev: Token | undefined;
  for (let k = 0; k < text.length;) {
    if (!isWordChar(text, k)) {
      k++;
      continue;
    }
    const initialism = initialismEnd(text, k);
    const end = initialism > 0 ? initialism : wordEnd(text, k);
    const start = k;
    k = end;
    const word = text.slice(start, end);
    while (s + 1 < sentences.length && sentences[s + 1].start <= start) s++;
    const sentence = sentences.length ? sentences[s].index : 0;
    if (prev) prev.joinsNext = isJoiningGap(text, prev.end, start) || isAbbreviatedPrefix(text, prev, start);
    const capitalised = isCapitalised(word);
    const token: Token = {
      start, end, text: word,
      key: capitalised || isConnector(word) ? normalizeTokenCached(word) : "",
      capitalised, sentenceStart: sentence !== lastSentence || (prev !== undefined && gapEndsUnit(text, prev.end, start)),
      sentence, joinsNext: false,
    };
    tokens.push(token);
    prev = token;
    lastSentence = sentence;
  }
  return tokens;
}
