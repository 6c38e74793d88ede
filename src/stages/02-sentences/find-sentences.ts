// Stage 2: sentences. A line break always ends a sentence (plain-text articles put one paragraph per line);
// within a line, a stop, "!" or "?" (with any closing quotes or brackets) ends one when the next word starts
// with a capital, a digit or a quote, unless the word before the stop is an abbreviation or an initial.
// Speed: one pass of one expression over the whole text (never a copy of a line, never a per-line matchAll,
// which clones the expression each call); a stop never spans a line break, so lines take stops in order.
import type { Sentence } from "../../types.js";
import { ABBREVIATIONS, DOTTED_ACRONYM } from "./abbreviations.js";

/**
 * A stop followed, on the same line, by blanks and a capital, a digit or a quote. A match starts only at the
 * first stop of a run: tried from inside a long run ("......"), each start would re-read the rest of the
 * run, which is quadratic; and a run that fails from its first stop fails from any later one.
 */
const BOUNDARY = /(?<![.!?])[.!?]+["')\]]*(?=[^\S\n]+["'([]?[\p{Lu}\d])/gu;
/** How far back the word before a stop is looked for. */
const LOOK_BACK = 40;

export function findSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  BOUNDARY.lastIndex = 0;
  let stop = BOUNDARY.exec(text);
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const before = sentences.length;
    let start = lineStart;
    for (; stop !== null && stop.index < lineEnd; stop = BOUNDARY.exec(text)) {
      if (!endsSentence(text, lineStart, stop.index, stop[0])) continue;
      const end = stop.index + stop[0].length;
      pushTrimmed(sentences, text, start, end, paragraph);
      start = end;
    }
    pushTrimmed(sentences, text, start, lineEnd, paragraph);
    if (newline === -1) break;
    if (sentences.length > before) paragraph++; // the line held something besides blanks
    lineStart = newline + 1;
  }
  BOUNDARY.lastIndex = 0;
  return sentences;
}

function endsSentence(text: string, lineStart: number, stopAt: number, stop: string): boolean {
  if (stop[0] !== ".") return true;
  const before = text.slice(Math.max(lineStart, stopAt - LOOK_BACK), stopAt);
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? "";
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (DOTTED_ACRONYM.test(before + ".")) return false;
  return true;
}

/** White space as /\s/ has it (ASCII by code, the rest by the pattern). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[k]);
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (s < e) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e), paragraph });
}
