// Words the document uses as people's names, so that a town sharing a surname ("Jones", "Moore") is not
// taken for a place when the person is mentioned again: the word after a title ("President X", "Gen. X",
// "Mr X") and the last word of a capitalised run that opens with a known given name ("Tom X").
import type { PlaceLexicon } from "../../gazetteer/place-lexicon.js";
import { PERSON_TITLES } from "./place-rules.js";
import type { Token } from "./tokenize-text.js";

/** Titles may be followed by a dot and a space ("Gen. X"), or only a space ("President X"). */
function followsTitle(tokens: readonly Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev || !PERSON_TITLES.test(prev.text)) return false;
  const gap = text.slice(prev.end, tokens[i].start);
  return gap === " " || gap === ". " || gap === "\u00a0";
}

/** Surnames (as written) of the people the document names. */
export function findPersonNames(tokens: readonly Token[], lexicon: PlaceLexicon, text: string): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capitalised) continue;
    const titled = followsTitle(tokens, i, text);
    if (!titled && !lexicon.givenNames.has(t.text)) continue;
    let last = titled ? i : -1;
    for (let k = i + 1; k < tokens.length && k <= i + 3 && tokens[k - 1].joinsNext && tokens[k].capitalised; k++) last = k;
    if (last >= 0 && !lexicon.stopWords.has(tokens[last].text.toLowerCase())) names.add(tokens[last].text);
    if (last > i) i = last;
  }
  return names;
}
