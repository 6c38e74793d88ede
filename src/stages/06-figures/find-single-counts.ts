// "2 boys and a woman died", "a guard and 2 riders died": one person named with an article, joined
// to a written count, is a count of 1 under the same verb. Alone ("a man was shot dead") it is left to the
// events stage, which reads single deaths told without a number.
import type { Span } from "../../types.js";
import type { FigureLexicon } from "./figure-lexicon.js";
import type { NumberFound } from "./find-numbers.js";
import type { SubjectFound } from "./find-subject.js";

export interface SingleCount {
  number: NumberFound;
  subject: SubjectFound;
}

const AND_ARTICLE = /\band\s+an?\s|\ban?\s+(?:[\w'’-]+\s+){0,4}and\s/i;

/** Nouns that count a toll, not people: "a dead", "a casualty" name no one. */
const TOLL_NOUNS = new Set(["arrests", "bodies", "casualties", "corpses", "dead", "deaths", "displaced", "fatalities", "injured", "injuries", "killings", "wounded"]);

const singular = (plural: string): string =>
  plural === "people" ? "person" : plural === "children" ? "child" : plural.replace(/men$/, "man").replace(/ies$/, "y").replace(/s$/, "");

/** One expression of "a/an (up to two modifiers) person-noun" from the lexicon's nouns of people. */
export function createSinglePersonPattern(lexicon: FigureLexicon): RegExp {
  const nouns = [...lexicon.subjects].filter(([noun, s]) => s.unit === "people" && !TOLL_NOUNS.has(noun) && !noun.includes(" ")).map(([noun]) => singular(noun));
  // Modifiers are read greedily ("a police special forces member"), never across another article or "and".
  return new RegExp(`\\b(an?)\\s+((?:(?!(?:and|an?|of|the)\\b)[\\w'’-]+\\s+){0,3}(?:${[...new Set(nouns)].join("|")}))\\b`, "gi");
}

function toSingle(text: string, m: RegExpExecArray, at: number): SingleCount {
  const start = at + m.index;
  const nounStart = start + m[0].indexOf(m[2]);
  return {
    number: { start, end: start + m[1].length, value: 1, low: 1, high: null, qualifier: null, percent: false, vague: false, unknown: false, weak: true },
    subject: { text: m[2], start: nounStart, end: nounStart + m[2].length, known: null },
  };
}

/**
 * The single persons joined by "and" to a count of the sentence: right after a count's people ("3 children and
 * a woman") or right before a count ("a guard and 2 riders"). `counts` are the sentence's numbers and subjects.
 */
export function findSingleCounts(text: string, sentence: Span, counts: { number: NumberFound; subject: SubjectFound }[], pattern: RegExp): SingleCount[] {
  // Cheap gate: no "and" next to an article, no single person joined to a count.
  if (counts.length === 0 || !AND_ARTICLE.test(sentence.text)) return [];
  const singles: SingleCount[] = [];
  for (const { number, subject } of counts) {
    const from = Math.max(number.end, subject.end);
    const after = /^\s+and\s+/.exec(text.slice(from, from + 8));
    if (after) {
      pattern.lastIndex = 0;
      const window = text.slice(from + after[0].length, Math.min(sentence.end, from + after[0].length + 40));
      const m = pattern.exec(window);
      if (m && m.index === 0) singles.push(toSingle(text, m, from + after[0].length));
    }
    const lead = text.slice(Math.max(sentence.start, number.start - 50), number.start);
    const before = /\s+and\s+$/.exec(lead);
    if (!before) continue;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((m = pattern.exec(lead)) !== null) last = m;
    if (last && last.index + last[0].length === before.index) singles.push(toSingle(text, last, number.start - lead.length));
  }
  return singles;
}
