// "A man was shot dead", "killing him", "the murder of a judge", "a decapitated body was found": deaths the text
// tells without a number. Used only when the figures give no death toll for the event (a written count always
// wins). The grammar lives in implicit-death-patterns.ts; this file counts what it matches.
import { ANOTHER_DIES, DEATH_PATTERNS, DEATH_WORD, REMOTE_TIME, countVictims } from "./implicit-death-patterns.js";

/** At most this many conjoined victims are counted ("a man, a woman and a child"); more is a list, not a count. */
const MOST_VICTIMS = 3;

/** The people one match names: its victim phrase's conjuncts and who died "along with" them, else one (a body, "he died"). */
function victimsOf(match: RegExpExecArray): number {
  const also = match.groups?.also ? countVictims(match.groups.also) : 0;
  return countVictims(match.groups?.victims ?? match.groups?.pronoun) + also;
}

/** "another was killed": each adds one to the deaths told before it. */
function countOthers(text: string): number {
  return text.match(ANOTHER_DIES)?.length ?? 0;
}

/**
 * The number of deaths the sentence tells without a number (1 for "a man was shot dead", 2 for "a man and a
 * woman were killed"), else null. Several matches may tell the same death twice ("a man was shot dead; the
 * victim died in hospital"), so the largest single match stands rather than their sum; only "another" adds.
 */
export function findImplicitDeaths(text: string): number | null {
  if (!DEATH_WORD.test(text)) return null;
  let most = 0;
  for (const { pattern } of DEATH_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (!REMOTE_TIME.test(text.slice(m.index + m[0].length))) most = Math.max(most, victimsOf(m));
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  const total = most + countOthers(text);
  return total === 0 || total > MOST_VICTIMS ? null : total;
}
