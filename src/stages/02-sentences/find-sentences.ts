// Stage 2: sentences. A line break always ends a sentence (plain-text articles put one paragraph per line);
// within a line, a stop, "!" or "?" (with any closing quotes or brackets) ends one when the next word starts
// with a capital, a digit or a quote, unless the word before the stop is an abbreviation or an initial.
import type { Sentence } from "../../types.js";
import { ABBREVIATIONS, DOTTED_ACRONYM } from "./abbreviations.js";

const BOUNDARY = /[.!?]+["')\]]*(?=\s+["'([]?[\p{Lu}\d])/gu;

export function findSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (const [start, end] of splitLine(text, lineStart, lineEnd)) {
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph });
    }
    if (newline === -1) break;
    if (text.slice(lineStart, lineEnd).trim() !== "") paragraph++;
    lineStart = newline + 1;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number): [number, number][] {
  const line = text.slice(from, to);
  const pieces: [number, number][] = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (!endsSentence(line, match.index, match[0])) continue;
    pieces.push([start, end]);
    start = end;
  }
  pieces.push([start, line.length]);
  return pieces.flatMap(([s, e]) => trimmed(line, s, e)).map(([s, e]) => [from + s, from + e]);
}

function endsSentence(line: string, stopAt: number, stop: string): boolean {
  if (stop[0] !== ".") return true;
  const before = line.slice(Math.max(0, stopAt - 40), stopAt);
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? "";
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (DOTTED_ACRONYM.test(before + ".")) return false;
  return true;
}

function trimmed(line: string, start: number, end: number): [number, number][] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s])) s++;
  while (e > s && /\s/.test(line[e - 1])) e--;
  return s < e ? [[s, e]] : [];
}
