// "an unidentified bomb hit a militia post", "rockets of unknown source fell on a camp", "a landmine of unknown
// origin": the report says no one is known to have done it. ACLED codes an unidentified armed group as actor1,
// and every actor the sentence names is on the receiving end.

const UNKNOWN_BEFORE = /\b(?:unidentified|unknown|unclaimed)\s+(?:hand\s+)?$/i;
const UNKNOWN_AFTER = /^\s*(?:of|from)\s+(?:an?\s+)?unknown\s+(?:origin|source|party|group)/i;
const NEAR = 30;

/** The trigger's weapon or attack is said to be of unknown origin. */
export function isUnattributedWeapon(sentenceText: string, triggerAt: number, triggerEnd: number): boolean {
  return UNKNOWN_BEFORE.test(sentenceText.slice(Math.max(0, triggerAt - NEAR), triggerAt)) ||
    UNKNOWN_AFTER.test(sentenceText.slice(triggerEnd, triggerEnd + NEAR));
}
