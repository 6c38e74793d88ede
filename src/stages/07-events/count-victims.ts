// Whether a second count of the dead adds to the first or restates it. "4 guards were killed ... 9 raiders
// were also killed" is 13 dead; "4 guards were killed ... the 4 guards were buried" is 4. Adding by default
// would double count restated tolls, so a later count adds only when it says so ("also", "another", "in
// addition") or when it counts other people than every earlier count (guards, then raiders).
import type { CodedEvent, Fatalities, Figure } from "../../types.js";

/** Words that present the dead of a sentence as more victims than those already told. */
const MORE_VICTIMS = /\b(?:also|another|other|others|additional|in addition|further|as well)\b/i;

export function isMoreVictims(sentenceText: string): boolean {
  return MORE_VICTIMS.test(sentenceText);
}

/** A word singular and lower case: "militias" -> "militia", "policemen" -> "policeman". */
const stem = (word: string): string => word.toLowerCase().replace(/men$/, "man").replace(/ies$/, "y").replace(/s$/, "");

/** The last word of a counted subject: "Taliban militants" -> "militant". */
function headNoun(subject: string): string {
  return stem(subject.trim().split(/\s+/).pop() ?? "");
}

/** The subject's words, singular: "local policemen" and "policemen" share theirs, "Taliban militants" does not. */
function subjectWords(subject: string): Set<string> {
  return new Set(subject.split(/[\s-]+/).filter(Boolean).map(stem));
}

/** Nouns that name no group of people, only the toll: "5 fatalities" may be anyone's. */
const UNNAMED = /^(?:people|persons|fatalities|deaths|dead|casualties|victims|bodies|others)$/i;

/** Two subjects name the same people when one's words hold the other's head noun, or either is unnamed. */
function sameVictims(a: string, b: string): boolean {
  if (UNNAMED.test(a.trim() || "people") || UNNAMED.test(b.trim() || "people")) return true;
  if (headNoun(a) === headNoun(b)) return true;
  const wa = subjectWords(a);
  return [...subjectWords(b)].some((w) => wa.has(w) && w.length > 3);
}

const deathCounts = (figures: readonly Figure[]) => figures.filter((f) => f.measure === "killed" && f.scope === "event" && f.rule !== "figure-subset");

/**
 * The later sentence's dead are more victims: it says so, or each of its death counts is of other people than
 * every earlier death count ("4 policemen were killed ... 5 Taliban militants were killed").
 */
export function addsVictims(earlier: readonly Figure[], later: readonly Figure[], laterText: string): boolean {
  if (isMoreVictims(laterText)) return true;
  const before = deathCounts(earlier);
  const after = deathCounts(later);
  if (before.length === 0 || after.length === 0) return false;
  return after.every((f) => before.every((g) => !sameVictims(f.subject, g.subject)));
}

/** Two tolls of one event: summed when the second counts more victims, else the larger (each may count part of the same dead). */
export function combineTolls(a: Fatalities, b: Fatalities, options: { add: boolean }): Fatalities {
  const pick = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : options.add ? x + y : Math.max(x, y));
  return { low: pick(a.low, b.low), best: pick(a.best, b.best), high: pick(a.high, b.high) };
}

/**
 * For a follow-up sentence of `event`: its dead add to the event's when `addsVictims` says so, comparing with
 * the death counts inside the event's own evidence. `figuresIn` holds each sentence's figures.
 */
export function addsVictimsAfter(event: CodedEvent, figuresIn: readonly (readonly Figure[])[], sentence: { index: number; text: string }): boolean {
  const inEvidence = (f: Figure) => event.evidence.some((e) => f.evidence.start >= e.start && f.evidence.end <= e.end);
  const earlier = figuresIn.slice(0, sentence.index).flatMap((fs) => fs.filter(inEvidence));
  return addsVictims(earlier, figuresIn[sentence.index] ?? [], sentence.text);
}
