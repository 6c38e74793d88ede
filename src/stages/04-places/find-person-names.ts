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

/** "Roy A. Nelson": a middle initial and its dot go on with the name. */
function continuesName(tokens: readonly Token[], k: number, text: string): boolean {
  const prev = tokens[k - 1];
  if (!tokens[k].capitalised) return false;
  if (prev.joinsNext) return true;
  return prev.text.length === 1 && /^[A-Z]$/.test(prev.text) && text.slice(prev.end, tokens[k].start) === ". ";
}

/**
 * "Clark said", "Moore told": one capitalised word before a past verb of speech is someone speaking.
 * Present tense is left out: "Gainesville says no" is a town speaking through its people.
 */
const PAST_SPEECH = new Set(["said", "told", "added", "testified", "recalled", "replied"]);
const LOCATIVES = new Set(["of", "in", "from", "at", "near"]);

function isSpeaker(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  // "a resident of Tyler said": after "of", "in" or "from" the word is where the speaker lives.
  if (before && LOCATIVES.has(before.text)) return false;
  return !!next && tokens[i].joinsNext && PAST_SPEECH.has(next.text) && !(before?.joinsNext && before.capitalised);
}

/** Surnames (as written) of the people the document names. */
export function findPersonNames(tokens: readonly Token[], lexicon: PlaceLexicon, text: string): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capitalised) continue;
    if (isSpeaker(tokens, i) && !lexicon.stopWords.has(t.text.toLowerCase())) names.add(t.text);
    const titled = followsTitle(tokens, i, text);
    if (!titled && !lexicon.givenNames.has(t.text)) continue;
    let last = titled ? i : -1;
    for (let k = i + 1; k < tokens.length && k <= i + 3 && continuesName(tokens, k, text); k++) last = k;
    if (last >= 0 && !lexicon.stopWords.has(tokens[last].text.toLowerCase())) names.add(tokens[last].text);
    if (last > i) i = last;
  }
  return names;
}
