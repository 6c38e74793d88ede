// The actors ACLED codes even when the text does not name them: "Protesters (X)" for a protest,
// "Civilians (X)" as the victims of an attack, "Unidentified Armed Group (X)" as an unnamed attacker.
import type { ActorMention, InterCode, SubEventType } from "../../types.js";

export interface CountryNaming {
  /** "Syria" for SY: the name ACLED puts in brackets. */
  name: string | null;
  /** "Police Forces of Syria (2000-)". */
  police: string | null;
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
]);

/** actor1 and actor2 after the defaults: a found actor of the right kind wins over a made-up one. */
export function applyDefaultActors(
  sub: SubEventType, found: { actor1: ActorMention | null; actor2: ActorMention | null; all: ActorMention[] }, country: CountryNaming,
): { actor1: NamedActor | null; actor2: NamedActor | null } {
  const asNamed = (a: ActorMention | null): NamedActor | null => (a ? { name: a.name, type: a.type, rule: a.rule } : null);
  const state = found.all.find((a) => a.type === 1);
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
