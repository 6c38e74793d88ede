// ACLED names an unnamed perpetrator after what the report shows of him: where organised crime kills (Mexico),
// a victim found bound, burned or beheaded, a message left with the body or a drive-by shooting make the
// killers "Unidentified Gang (X)" rather than "Unidentified Armed Group (X)".
import type { GangSign } from "./event-rules.js";

const UNNAMED_ARMED_GROUP = "Unidentified Armed Group";

/** The first sign of organised crime that applies to the document's country and occurs in its text, or null. */
export function findGangSign(text: string, iso2: string | null, signs: readonly GangSign[]): GangSign | null {
  if (iso2 === null) return null;
  return signs.find((s) => s.countries.has(iso2) && s.pattern.test(text)) ?? null;
}

/** An unnamed armed group renamed as an unnamed gang of the same country; any other actor as it is. */
export function toUnidentifiedGang<A extends { name: string; rule: string }>(actor: A | null, sign: GangSign | null): A | null {
  if (!actor || !sign || !actor.name.startsWith(UNNAMED_ARMED_GROUP)) return actor;
  return { ...actor, name: `Unidentified Gang${actor.name.slice(UNNAMED_ARMED_GROUP.length)}`, rule: `${actor.rule}+gang:${sign.rule}` };
}
