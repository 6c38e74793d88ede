// Deaths a sentence refers back to are not its event's: "apprentices marched to demand justice for the death of
// two co-workers", "a rally against the shelling that killed 9 guards", "a vigil to commemorate a
// student who was killed in 2015". The protest is the event; the dead belong to an earlier one. ACLED codes
// such protests with 0 fatalities. Likewise the bodies in a mass grave died before it was found: its
// discovery (a Strategic development) has 0 fatalities, and so do arrests, changes to a group, agreements and
// other developments that kill no one ("police arrested a man who killed his wife"). Only for those events: "gunmen attacked the funeral
// of a commander, killing 5" names a funeral too, but its deaths are the attack's.
import type { Fatalities, Figure, Sentence, EventType, SubEventType } from "../../types.js";
import { findFatalities } from "./event-where-when.js";
import { findImplicitDeaths } from "./find-implicit-deaths.js";

/**
 * Words after which a sentence names the grievance or memory behind its event: what follows is background.
 * Each is a purpose or cause phrase, so deaths the event itself caused ("police killed 2 marchers") come before it.
 */
const BACKGROUND_CUE = new RegExp(
  "\\b(?:" + [
    "justice\\s+for", "accountability\\s+for", "(?:the|a)\\s+case\\s+of", "in\\s+memory\\s+of", "commemorat\\w*",
    "(?:to\\s+)?(?:protest|denounce|condemn|decry)(?:ed|ing)?\\s+(?:against\\s+)?(?:the|a|an)", "(?:protest(?:ed|ing)?|demonstrat\\w+|march\\w*|rall\\w+)\\s+(?:against|over)",
    "in\\s+(?:protest|solidarity)\\s+(?:at|against|over|with)", "funeral\\s+(?:of|for|prayers?)", "anniversary\\s+of",
    "in\\s+protest\\s+of", "tribute\\s+to", "investigat\\w+", "demand(?:ed|ing|s)?\\s+(?:the|that|an?)\\b", "following\\s+(?:that|the)",
  ].join("|") + ")",
  "i",
);

const MASS_GRAVE = /\bmass\s+graves?\b/i;

/** Developments that kill no one: any death their sentence tells is the background (the killer arrested, the leader replaced). */
const DEATHLESS: ReadonlySet<SubEventType> = new Set<SubEventType>([
  "Arrests", "Change to group/activity", "Agreement", "Headquarters or base established", "Non-violent transfer of territory", "Looting/property destruction",
]);

/** Where the background of a protest's sentence begins (a UTF-16 offset into it), or its length when it has none. */
export function findBackgroundStart(sentenceText: string): number {
  const m = BACKGROUND_CUE.exec(sentenceText);
  return m ? m.index : sentenceText.length;
}

/** The events whose sentences tell earlier deaths: protests (their grievance) and other developments (a mass grave). */
function backgroundStartFor(event: { event_type: EventType; sub_event_type: SubEventType }, sentenceText: string): number | null {
  if (event.event_type === "Protests") return findBackgroundStart(sentenceText);
  if (event.sub_event_type === "Other" && MASS_GRAVE.test(sentenceText)) return 0;
  if (DEATHLESS.has(event.sub_event_type)) return 0;
  return null;
}

/**
 * The event's own deaths when its kind tells earlier ones (protests, mass graves): the sentence's death counts,
 * else one untold death, both before the background. Null for other events (the usual toll applies).
 */
export function findForegroundFatalities(sentence: Sentence, figures: readonly Figure[], event: { event_type: EventType; sub_event_type: SubEventType }): Fatalities | null {
  const cut = backgroundStartFor(event, sentence.text);
  if (cut === null) return null;
  const counted = findFatalities(figures.filter((f) => f.evidence.start < sentence.start + cut), [sentence.index]);
  if (counted.low !== null || counted.best !== null) return counted;
  const one = findImplicitDeaths(sentence.text.slice(0, cut));
  return one === null ? counted : { low: one, best: one, high: one };
}
