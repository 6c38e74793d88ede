// The actors ACLED codes even when the text does not name them: "Protesters (X)" for a protest,
// "Civilians (X)" as the victims of an attack, "Unidentified Armed Group (X)" as an unnamed attacker.
import type { ActorMention, InterCode, SubEventType } from "../../types.js";

export interface CountryNaming {
  iso2: string | null;
  /** "Syria" for SY: the name ACLED puts in brackets. */
  name: string | null;
  /** "Police Forces of Syria (2000-)". */
  police: string | null;
  /** "Military Forces of Syria (2000-)": whose aircraft an unattributed air strike is, when no other air force is named. */
  military: string | null;
}

/** What the default for an air strike may draw on besides the sentence's actors. */
export interface AirContext {
  /** The nearest state or foreign air force the document names (its warplanes, jets, drones...), if any. */
  airForce: ActorMention | null;
  /** The trigger names a drone: non-state groups fly drones too, so no state is assumed. */
  drone: boolean;
}

const FLIES = new Set<InterCode>([1, 8]);

/** "a decree of the government", "the Interior Ministry": a state actor that is an institution, not a force on the street. */
const INSTITUTION = /^Government of /;

/**
 * An air strike the sentence does not attribute ("air strikes hit Taliban positions"): in wars where only
 * states fly, it is the air force the document names elsewhere, else the country's own. A rebel group
 * found as actor1 is then the target.
 */
function resolveAirStrike(found: { actor1: ActorMention | null; actor2: ActorMention | null }, country: CountryNaming, air: AirContext): [NamedActor | null, NamedActor | null, boolean] {
  const asNamed = (a: ActorMention | null): NamedActor | null => (a ? { name: a.name, type: a.type, rule: a.rule } : null);
  if (found.actor1 && FLIES.has(found.actor1.type)) return [asNamed(found.actor1), asNamed(found.actor2), false];
  const flier = air.airForce ? { ...asNamed(air.airForce) as NamedActor, rule: "default:air-force-named-elsewhere" }
    : country.military && !air.drone ? { name: country.military, type: 1 as InterCode, rule: "default:country-air-force" } : null;
  if (!flier) return [asNamed(found.actor1), asNamed(found.actor2), false];
  const target = found.actor1 ?? found.actor2;
  return [flier, target && target.name !== flier.name ? asNamed(target) : asNamed(found.actor2), true];
}

export interface NamedActor {
  name: string;
  type: InterCode;
  rule: string;
}

function generic(base: string, country: CountryNaming, type: InterCode, rule: string): NamedActor {
  return { name: country.name ? `${base} (${country.name})` : base, type, rule };
}

const UNNAMED_ATTACKER = new Set<SubEventType>([
  "Attack", "Abduction/forced disappearance", "Sexual violence", "Armed clash", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
  "Looting/property destruction",
]);

/** actor1 and actor2 after the defaults: a found actor of the right kind wins over a made-up one. */
export function applyDefaultActors(
  sub: SubEventType, found: { actor1: ActorMention | null; actor2: ActorMention | null; all: readonly ActorMention[] }, country: CountryNaming,
  air: AirContext = { airForce: null, drone: false },
): { actor1: NamedActor | null; actor2: NamedActor | null } {
  const asNamed = (a: ActorMention | null): NamedActor | null => (a ? { name: a.name, type: a.type, rule: a.rule } : null);
  const state = found.all.find((a) => a.type === 1 && !INSTITUTION.test(a.name));
  switch (sub) {
    case "Peaceful protest":
      return { actor1: asNamed(found.all.find((a) => a.type === 6) ?? null) ?? generic("Protesters", country, 6, "default:protesters"), actor2: null };
    case "Protest with intervention":
    case "Excessive force against protesters":
      return {
        actor1: asNamed(found.all.find((a) => a.type === 6) ?? null) ?? generic("Protesters", country, 6, "default:protesters"),
        actor2: asNamed(state ?? null) ?? (country.police ? { name: country.police, type: 1, rule: "default:police" } : null),
      };
    case "Violent demonstration":
      return { actor1: generic("Rioters", country, 5, "default:rioters"), actor2: asNamed(state ?? null) };
    case "Air/drone strike": {
      const [actor1, actor2] = resolveAirStrike(found, country, air);
      return { actor1, actor2: actor2 && actor1 && actor2.name === actor1.name ? null : actor2 };
    }
    case "Arrests": {
      // "Travellers were held in a sweep by the gendarmes": the state detains, whoever the grammar put first.
      const detainer = [found.actor1, found.actor2, ...found.all].find((a) => a && (a.type === 1 || a.type === 8) && !INSTITUTION.test(a.name)) ?? null;
      const held = [found.actor1, found.actor2].find((a) => a && a !== detainer && a.name !== detainer?.name) ?? null;
      return {
        actor1: asNamed(detainer) ?? asNamed(found.actor1),
        actor2: asNamed(held) ?? (detainer ? generic("Civilians", country, 7, "default:detainees") : null),
      };
    }
    case "Mob violence":
      return { actor1: generic("Rioters", country, 5, "default:rioters"), actor2: asNamed(found.actor2) ?? generic("Civilians", country, 7, "default:civilians") };
    default: {
      const actor1 = asNamed(found.actor1) ?? (UNNAMED_ATTACKER.has(sub) ? generic("Unidentified Armed Group", country, 3, "default:unnamed-attacker") : null);
      const victims = sub === "Attack" || sub === "Abduction/forced disappearance" || sub === "Sexual violence";
      const actor2 = asNamed(found.actor2) ?? (victims ? generic("Civilians", country, 7, "default:civilians") : null);
      return { actor1, actor2: actor2 && actor1 && actor2.name === actor1.name ? null : actor2 };
    }
  }
}
