// Village names that open with a word of their own kind ("Tal Arqam", "Kafr Nabl", "Khirbet al-Jouz",
// "Ras al-Ain"): the prefix (data/places/name-prefixes.txt) and the capitalised words after it are one
// name. When the gazetteer lacks the whole name, its first or last word alone must not stand for it
// ("Tal" is a town elsewhere, "Abu" a town in Finland).
import type { PlaceLexicon } from "../../gazetteer/place-lexicon.js";
import type { NameSpan } from "./find-name-spans.js";
import type { Token } from "./tokenize-text.js";
import { createSpanCover } from "../../util/span-cover.js";

const MAX_WORDS_AFTER = 3;
/** Arabic articles inside such names ("Tal al-Ward"); English connectors ("on", "of") end the name instead. */
const ARTICLES = new Set(["al", "el", "ad", "as", "az", "ash", "ar", "at", "an", "ez", "es", "ed"]);

/** The last token of the name opened by the prefix at i, or -1 when no capitalised word follows it. */
function nameEnd(tokens: readonly Token[], i: number, lexicon: PlaceLexicon): number {
  let last = -1;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_WORDS_AFTER && tokens[k - 1].joinsNext; k++) {
    const t = tokens[k];
    if (ARTICLES.has(t.text.toLowerCase())) continue;
    if (!t.capitalised || lexicon.stopWords.has(t.text.toLowerCase())) break;
    last = k;
  }
  return last;
}

/** Every prefixed name in the text, as unknown-name spans to resolve like cue-found names. */
export function findPrefixedNames(tokens: readonly Token[], lexicon: PlaceLexicon): NameSpan[] {
  const spans: NameSpan[] = [];
  if (lexicon.namePrefixes.size === 0) return spans;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capitalised || !t.joinsNext || !lexicon.namePrefixes.has(t.text)) continue;
    const last = nameEnd(tokens, i, lexicon);
    if (last < 0) continue;
    spans.push({ kind: "cue", first: i, last, key: "cue:prefixed-name", entries: [], refersTo: null });
    i = last;
  }
  return spans;
}

/**
 * Prefixed names the gazetteer did not match whole win over the shorter spans inside them; a gazetteer
 * span that covers the prefixed name ("Deir ez-Zor", "Ras al-Ain" when listed) keeps it.
 */
export function preferPrefixedNames(spans: readonly NameSpan[], prefixed: readonly NameSpan[]): { spans: NameSpan[]; prefixed: NameSpan[] } {
  const covers = (a: NameSpan, b: NameSpan): boolean => a.first <= b.first && b.last <= a.last;
  const spanCover = createSpanCover(spans);
  const unmatched = prefixed.filter((p) => !spanCover.someOverlapping(p.first, p.last, (s) => covers(s, p) || s.last > p.last));
  const unmatchedCover = createSpanCover(unmatched);
  return { spans: spans.filter((s) => !unmatchedCover.someOverlapping(s.first, s.last)), prefixed: unmatched };
}
