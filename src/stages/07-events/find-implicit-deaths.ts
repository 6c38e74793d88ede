// "A man was shot dead", "the victim died", "killed a policeman": one death the text tells without a number.
// Used only when the figures give no death toll for the event (a written count always wins).

const PERSON = "(?:man|woman|person|victim|civilian|child|boy|girl|teenager|youth|soldier|policeman|policewoman|officer|" +
  "member|leader|commander|fighter|militant|farmer|driver|journalist|student|teacher|resident|villager|shepherd|worker|" +
  "official|employee|guard|deputy|mayor|activist|doctor|nurse|businessman|merchant|trader|elder|cleric|judge|lawyer)";
const DIED = "(?:shot dead|shot and killed|killed|murdered|executed|beheaded|assassinated|lynched|found dead|" +
  "stabbed to death|beaten to death|burned to death|died|dead)";

/** "a local policeman was killed", "the victim died", "a leader of the gang died": a single person dies. */
const ONE_DIES = new RegExp(`\\b(?:a|an|one|the)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON}\\b(?:\\s+[\\w,'’-]+){0,6}?\\s+(?:(?:was|has been|had been|is)\\s+)?(?:\\w+ly\\s+)?${DIED}\\b`, "i");
/** "killed a policeman", "shot dead one soldier": a single person killed. */
const KILLS_ONE = new RegExp(`\\b(?:killed|killing|shot dead|murdered|executed|assassinated)\\s+(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON}\\b`, "i");
/** "the body of a man": a body found. */
const ONE_BODY = /\b(?:the\s+)?(?:body|corpse)\s+of\s+(?:a|an|one)\b/i;
/** "killed a man and wounded two", "a man and a woman were killed": more than one, or a plural, is not a single death. */
const NOT_SINGLE = new RegExp(`\\b(?:a|an|one|the)\\s+(?:[\\w-]+\\s+){0,3}?${PERSON}\\s+and\\s+(?:a|an|one|the|\\w+)\\b`, "i");

/** Cheap tests first: no word of death, or no person and no body, and the long patterns cannot match. */
const DEATH_WORD = new RegExp(`\\b(?:${DIED}|killing|body|corpse)`, "i");
const PERSON_WORD = new RegExp(`\\b${PERSON}\\b`, "i");

/** 1 when the sentence tells of exactly one unnumbered death, else null. */
export function findImplicitDeaths(text: string): number | null {
  if (!DEATH_WORD.test(text)) return null;
  if (ONE_BODY.test(text)) return NOT_SINGLE.test(text) ? null : 1;
  if (!PERSON_WORD.test(text)) return null;
  return (ONE_DIES.test(text) || KILLS_ONE.test(text)) && !NOT_SINGLE.test(text) ? 1 : null;
}
