// What a number counts: the noun phrase right after it, as written ("people", "Islamic State targets",
// "battle-ready troops"), read up to the first function word or verb, and cut back to its last known noun.
import type { FigureLexicon } from "./figure-lexicon.js";

export interface SubjectFound {
  /** As written; "" when the number stands alone ("11 million have fled"). */
  text: string;
  start: number;
  end: number;
  /** The lexicon's entry for the head noun, when it has one. */
  known: { measure: string; unit: string } | null;
}

/** Words that end a noun phrase: function words, auxiliaries and the commonest verbs after a count. */
const STOP = new Set(
  ("a an the and or but nor of in on at to from by with for as into onto over under near since during after before " +
    "who whom whose which that this these those there here " +
    "is are was were be been being am have has had do does did will would could should may might must can " +
    "remain remained remaining remains still now also reportedly allegedly already all each both some many more most " +
    "said say says told reported according than were").split(" "),
);

const MAX_WORDS = 5;

export function findSubject(text: string, from: number, lexicon: FigureLexicon, triggerWords: ReadonlySet<string>): SubjectFound {
  const lead = /^\s+(?:of\s+(?:the\s+|their\s+|them\b)?)?/.exec(text.slice(from, from + 30));
  let at = from + (lead ? lead[0].length : 0);
  const words: { text: string; end: number }[] = [];
  const startAt = at;
  const word = /\s*([A-Za-z][A-Za-z'’-]*)/y;
  while (words.length < MAX_WORDS) {
    word.lastIndex = at;
    const m = word.exec(text);
    if (!m) break;
    const lower = m[1].toLowerCase();
    // "Arnor and/or Gondor riders": one noun phrase naming either side.
    const eitherOr = lower === "and" && text.startsWith("/or ", m.index + m[0].length) && words.length > 0;
    if (eitherOr) {
      at = m.index + m[0].length + 3;
      continue;
    }
    // An acronym is a name, never a function word: "IS militants", "AN fighters".
    const acronym = m[1].length >= 2 && m[1] === m[1].toUpperCase();
    if ((STOP.has(lower) && !acronym) || (triggerWords.has(lower) && (words.length > 0 || !lexicon.subjects.has(lower)))) break;
    words.push({ text: m[1], end: m.index + m[0].length });
    at = m.index + m[0].length;
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const two = i > 0 ? `${words[i - 1].text} ${words[i].text}`.toLowerCase() : "";
    const known = lexicon.subjects.get(two) ?? lexicon.subjects.get(words[i].text.toLowerCase());
    if (known) return subjectOf(text, startAt, words[i].end, known);
  }
  // No known noun: keep a plural-looking head ("policemen", "Syrians") as written, unknown to the lexicon.
  const head = words.findIndex((w) => /(?:[^s]s|men|people)$/i.test(w.text));
  return head >= 0 ? subjectOf(text, startAt, words[head].end, null) : { text: "", start: from, end: from, known: null };
}

function subjectOf(text: string, start: number, end: number, known: SubjectFound["known"]): SubjectFound {
  const firstWord = /\S/.exec(text.slice(start, end));
  const s = start + (firstWord ? firstWord.index : 0);
  return { text: text.slice(s, end), start: s, end, known };
}
