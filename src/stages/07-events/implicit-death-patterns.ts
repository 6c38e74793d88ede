// The grammar of a death told without a number: who (a singular victim noun phrase), what (a death verb or a
// body found), and the words that undo it (an attempt, a denial, a background killing). Built once at load.
// Each pattern puts its victim phrase, when it has one, in the named group `victims` so conjuncts can be counted.
import { readFileSync } from "node:fs";

/** Singular nouns for a person: "a farmer", "the director", "his brother" (data/events/person-nouns.txt). Plurals are the figures' job. */
const PERSON = `(?:${readFileSync(new URL("../../../data/events/person-nouns.txt", import.meta.url), "utf8")
  .split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")).join("|")})`;

/** Words that cannot sit between a determiner and its noun. "is" and "of" can ("an IS militant", "a Court of Appeal judge"). */
const MODIFIER = "(?:(?!(?:a|an|the|and|or|was|were|by|in|on|at|to|who|that)\\b)[\\w'’-]+\\s+)";
const DETERMINER = "(?:a|an|one|1|the|his|her|their|its)";
const ONE_PERSON = `${DETERMINER}\\s+${MODIFIER}{0,4}?${PERSON}\\b`;
/** "a man", "a man and a woman", "a guard, a rider and a child": each conjunct is one more victim. */
const VICTIMS = `(?<victims>${ONE_PERSON}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)${ONE_PERSON}){0,3})`;
const PRONOUN_OBJECT = "(?<pronoun>(?:him|her)(?:self)?(?:\\s+and\\s+" + ONE_PERSON + ")?)";

/** Passive or intransitive death: "was shot dead", "died", "succumbed". */
const DIES = "(?:shot dead|shot and killed|killed|murdered|executed|beheaded|decapitated|assassinated|lynched|found dead|" +
  "(?:stabbed|beaten|burned|burnt|stoned|hacked|tortured|shot) to death|died|dead|succumbed|lost (?:his|her) life|" +
  "blew (?:himself|herself) up)";
/** Active killing of someone named after the verb: "killed a farmer", "killing him". */
const KILLS = "(?:killed|killing|kills|shot dead|shot and killed|shooting dead|murdered|murdering|executed|executing|" +
  "assassinated|assassinating|beheaded|beheading|lynched|lynching|(?:stabbed|stabbing|beat|beating|stoned|stoning) to death)";
/** The nouns of a killing: "the murder of a judge". */
const KILLING = "(?:killing|murder|death|assassination|execution|beheading|lynching|slaying)";
/** A body's state that tells a death: "a shot dead man", "a decapitated body". */
const DEAD_STATE = "(?:dead|lifeless|decapitated|dismembered|beheaded|mutilated|charred|headless|decomposed|decomposing|bullet-riddled)";
/** Before a dead state, "and" may join states: "a bound and stabbed dead woman". */
const STATE_MODIFIER = `(?:${MODIFIER}|and\\s+)`;
const FOUND = "(?:found|discovered|recovered|dumped|left|abandoned|located|retrieved|pulled)";

/** "was shot along with his brother": one more victim after the verb (never "along with his head"). */
const ALONG_WITH = `(?<also>\\s+(?:along|together)\\s+with\\s+${DETERMINER}\\s+${MODIFIER}{0,2}?(?!head\\b|chief\\b)${PERSON}\\b)?`;

/** Words between a victim and its verb: no "and a ...", no negation ("but nobody was killed"). */
const GAP = "(?:\\s+(?!(?:and\\s+(?:a|an|the)|no|nobody|none|not|never|but)\\b)[\\w,'’()-]+){0,12}?";
const AUX = "(?:(?:was|were|is|has been|had been|have been|got|later|then|reportedly|allegedly|subsequently)\\s+){0,3}";

/** Words before an active killing that make it an attempt, a plan, a denial or a charge ("accused of killing", "planning on"). */
const UNDONE_ACTIVE = "(?<!\\b(?:not|never|attempted|tried|failed|deny|denied|denies|denying|of|for|on)\\s+)";
/** Words before "the killing of" that make it another event's: a cause, a revenge, a charge, a condemnation. */
const UNDONE_NOMINAL = "(?<!\\b(?:attempted|failed|foiled|of|over|after|following|avenge|avenging|revenge for|retaliation for|" +
  "condemned|condemning|denounced|denouncing|protested|protesting|against)\\s+(?:the\\s+)?)";

/** Words right before a death verb that make it one that did not happen: "was about to be lynched", "nearly killed". */
const NOT_YET = "(?<!\\b(?:to|be|being|not|never|nearly|almost|narrowly)\\s+)";

/** "killed or injured": the dead and the hurt told together say no one surely died; "died down", "a dead end" are no deaths. */
const NOT_ONLY_DEAD = "(?!\\s+(?:or|and/or)\\s+(?:injured|wounded|hurt)|\\s+(?:down|end)\\b)";

/** A time right after a death that sets it apart from the event's day: "killed a guard in March", "died years ago". */
export const REMOTE_TIME = new RegExp("^[^.;]{0,40}?\\b(?:in\\s+(?:January|February|March|April|May|June|July|August|September|October|" +
  "November|December|\\d{4})\\b|last\\s+(?:year|month)|(?:years?|months?)\\s+(?:ago|earlier|before)|previously)", "i");

/** A bare singular noun after the verb, headline style: "shot dead civilian man". No count word may lead it. */
const BARE_PERSON = `(?!(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|scores|tens|hundreds)\\b)` +
  `${MODIFIER}{0,3}?(?!personnel\\b)${PERSON}\\b`;
/** A named person, capitalised words, then a death: "Abu Zakariya was killed". Case matters, so this one has no i flag. */
const NAMED_DIES = "\\b[A-Z][\\w'’-]+(?:\\s+(?:al|bin|ibn|de|del|la|[A-Z][\\w'’-]+))*\\s+(?:was|has been|had been)\\s+(?:\\w+ly\\s+)?" +
  "(?:shot dead|killed|murdered|executed|assassinated|beheaded|lynched|found dead|(?:stabbed|beaten|burned|stoned|shot) to death)\\b";

export type DeathPattern = { id: string; pattern: RegExp };

/** Rule ids name what the sentence said, so a surprising count can be traced to its pattern. */
export const DEATH_PATTERNS: readonly DeathPattern[] = [
  { id: "victim-dies", pattern: new RegExp(`\\b${VICTIMS}${GAP}\\s+${AUX}(?:\\w+ly\\s+)?${NOT_YET}${DIES}\\b${NOT_ONLY_DEAD}${ALONG_WITH}`, "gi") },
  { id: "kills-victim", pattern: new RegExp(`${UNDONE_ACTIVE}\\b${KILLS}\\s+(?:${VICTIMS}|${PRONOUN_OBJECT}\\b)`, "gi") },
  { id: "kills-bare-victim", pattern: new RegExp(`${UNDONE_ACTIVE}\\b${KILLS}\\s+(?<victims>${BARE_PERSON})`, "gi") },
  { id: "named-person-dies", pattern: new RegExp(NAMED_DIES + NOT_ONLY_DEAD, "g") },
  { id: "shot-victim-dead", pattern: new RegExp(`\\bshot\\s+${VICTIMS}\\s+dead\\b`, "gi") },
  { id: "killing-of-victim", pattern: new RegExp(`${UNDONE_NOMINAL}\\b${KILLING}\\s+of\\s+${VICTIMS}`, "gi") },
  { id: "pronoun-dies", pattern: /\b(?:he|she)\s+(?:(?:later|then|subsequently|eventually|reportedly)\s+)?(?:died|succumbed|was (?:killed|shot dead|murdered|executed|found dead))\b/gi },
  { id: "dead-body", pattern: new RegExp(`\\b${DETERMINER}\\s+${STATE_MODIFIER}{0,4}?${DEAD_STATE}\\s+${MODIFIER}{0,2}?(?:${PERSON}|body|corpse)\\b`, "gi") },
  { id: "body-of", pattern: new RegExp(`\\b(?:body|corpse)\\s+of\\s+(?:${DETERMINER}|[A-Z])`, "g") },
  { id: "body-found", pattern: new RegExp(`\\b${DETERMINER}\\s+${MODIFIER}{0,3}?(?:body|corpse)\\s+${AUX}${FOUND}\\b`, "gi") },
  { id: "found-body", pattern: new RegExp(`\\b${FOUND}\\s+${DETERMINER}\\s+${MODIFIER}{0,3}?(?:body|corpse)\\b(?!\\s+(?:armou?r|of\\s+(?:water|evidence)))`, "gi") },
  { id: "victim-death", pattern: new RegExp(`\\b${VICTIMS}['’]?s?\\s+death\\b`, "gi") },
  { id: "parts-of-victim", pattern: new RegExp(`\\b(?:body\\s+parts|remains|(?:bodiless|severed)\\s+head|torso)\\s+of\\s+${VICTIMS}`, "gi") },
  { id: "human-remains", pattern: new RegExp(`\\bhuman\\s+(?:remains|head|torso|body\\s+parts)\\b|\\b(?:a|the)\\s+(?:man|woman|person)['’]s\\s+(?:head|torso)\\b`, "gi") },
];

/** "and another was killed", "the other one was found dead": one more death beside those already told. */
export const ANOTHER_DIES = new RegExp(`\\b(?:another|a second|the other(?:\\s+one)?)(?:\\s+${PERSON})?\\s+${AUX}${NOT_YET}(?:${DIES})\\b`, "gi");

/** How many people a victim phrase names: one per singular noun phrase ("a man and a woman" is 2). */
export function countVictims(phrase: string | undefined): number {
  if (phrase === undefined) return 1;
  return phrase.match(new RegExp(`\\b${DETERMINER}\\s+${MODIFIER}{0,4}?${PERSON}\\b|\\b(?:him|her)(?:self)?\\b`, "gi"))?.length ?? 1;
}

/** Cheap gate: a sentence with no word of death or body cannot match any pattern. */
export const DEATH_WORD = /\b(?:kill|dead|death|die|murder|execut|behead|decapitat|assassinat|lynch|succumb|body|corpse|remains|head|torso|lost (?:his|her) life|blew (?:himself|herself) up|lifeless|dismember|slay|slain)/i;
