// Names the gazetteer lacks, found by the words around them: "the village of X", "X countryside",
// "X province", "in X". They come out unresolved unless a looser lookup finds them later.
import type { PlaceLexicon } from "../../gazetteer/place-lexicon.js";
import type { NameSpan } from "./find-name-spans.js";
import { ANY_CUE_AFTER, ANY_CUE_BEFORE, createWordGate, CUE_LINKS, CUE_LOCATIVES, LIST_LINKS, NAME_CONNECTORS } from "./place-rules.js";
import type { Token } from "./tokenize-text.js";

const MAX_TOKENS = 4;

/** Could this token start or end an unknown place name? */
function isNameWord(t: Token, lexicon: PlaceLexicon): boolean {
  const lower = t.text.toLowerCase();
  return t.capitalised && t.text.length > 1 && !lexicon.stopWords.has(lower) && !lexicon.givenNames.has(t.text)
    && !lexicon.demonyms.has(t.text) && !/\d/.test(t.text) && t.text !== t.text.toUpperCase();
}

/** The capitalised run starting at i (with "al-"-style connectors inside), as [i, last] or null. */
function findRunFrom(tokens: readonly Token[], i: number, lexicon: PlaceLexicon): number | null {
  const first = tokens[i];
  if (!first) return null;
  const article = /^(?:al|el|Al|El|Ad|As|Az|Ash|Ar)$/.test(first.text) && first.joinsNext;
  if (!article && !isNameWord(first, lexicon)) return null;
  let last = article ? -1 : i;
  for (let k = i + 1; k < tokens.length && k < i + MAX_TOKENS && tokens[k - 1].joinsNext; k++) {
    if (isNameWord(tokens[k], lexicon)) last = k;
    else if (!NAME_CONNECTORS.has(tokens[k].text.toLowerCase())) break;
  }
  return last >= i ? last : null;
}

/**
 * The run goes on as something else: a possessive ("in Dow's plant") or a capitalised word that is no
 * name word ("in Handley Middle School", "on Cabin Creek Road"), unless it says what the place is ("X Province").
 */
function isLongerName(tokens: readonly Token[], last: number, text: string): boolean {
  const next = tokens[last + 1];
  if (/^['’]s\b/.test(text.slice(tokens[last].end, tokens[last].end + 3))) return true;
  return !!next && tokens[last].joinsNext && next.capitalised && !ANY_CUE_AFTER.test(next.text);
}

/** Might a lower-case word be a cue of any kind (a link, a locative, a word after a name)? */
const anyCueGate = createWordGate([...CUE_LINKS, ...CUE_LOCATIVES, ...ANY_CUE_AFTER.words]);

function cueSpan(first: number, last: number, rule: string): NameSpan {
  return { kind: "cue", first, last, key: rule, entries: [], refersTo: null };
}

/** Unknown names flagged by cue words; `taken` marks tokens already inside a gazetteer span. */
/** The cue-found name at [first, last] and the names listed after it ("X, Y and Z"). */
function findListFrom(tokens: readonly Token[], first: number, last: number, lexicon: PlaceLexicon, free: (a: number, b: number) => boolean, text: string): NameSpan[] {
  const found = [cueSpan(first, last, "cue:of")];
  let end = last;
  while (end + 1 < tokens.length) {
    const gap = text.slice(tokens[end].end, tokens[end + 1].start);
    const words = tokens[end + 1].text === "and" || tokens[end + 1].text === "or" ? 2 : 1;
    const from = end + words;
    if (!LIST_LINKS.test(text.slice(tokens[end].end, tokens[from]?.start ?? tokens[end].end)) && !/^\s*,\s*$/.test(gap)) break;
    const next = findRunFrom(tokens, from, lexicon);
    if (next === null || !free(from, next)) break;
    found.push(cueSpan(from, next, "cue:list"));
    end = next;
  }
  return found;
}

export function findCueSpans(tokens: readonly Token[], taken: ReadonlySet<number>, lexicon: PlaceLexicon, text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const free = (a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) if (taken.has(k)) return false;
    return !spans.some((s) => s.first <= b && a <= s.last);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Every cue word is lower case (names are found from the cue), but a sentence may open with one ("In X, ...").
    const opening = t.capitalised && t.sentenceStart && CUE_LOCATIVES.has(t.text.toLowerCase());
    if (t.capitalised && !opening) continue;
    const lower = opening ? t.text.toLowerCase() : t.text;
    if (!anyCueGate(lower)) continue;
    if (CUE_LINKS.has(lower) && i > 0 && ANY_CUE_BEFORE.test(tokens[i - 1].text)) {
      const from = lower === "such" && tokens[i + 1]?.text === "as" ? i + 2 : i + 1;
      const last = findRunFrom(tokens, from, lexicon);
      if (last !== null && free(from, last)) spans.push(...findListFrom(tokens, from, last, lexicon, free, text));
    } else if (CUE_LOCATIVES.has(lower)) {
      const last = findRunFrom(tokens, i + 1, lexicon);
      if (last !== null && free(i + 1, last) && !isLongerName(tokens, last, text)) spans.push(cueSpan(i + 1, last, "cue:locative"));
    } else if (ANY_CUE_AFTER.test(lower) && i > 0 && tokens[i - 1].joinsNext) {
      for (let start = Math.max(0, i - MAX_TOKENS); start < i; start++) {
        const last = findRunFrom(tokens, start, lexicon);
        if (last === i - 1 && free(start, last)) {
          spans.push(cueSpan(start, last, "cue:after"));
          break;
        }
      }
    }
  }
  return spans;
}
