// From the winning trigger to an ACLED sub-event type: families resolve on who the actors are.
import { EVENT_TYPES, type ActorMention, type EventType, type SubEventType } from "../../types.js";
import type { ProtestModifier, TriggerRule } from "./event-rules.js";

export interface ResolvedSubEvent {
  sub_event_type: SubEventType;
  event_type: EventType;
  civilian_targeting: boolean;
  /** Which resolution rule applied, appended to the trigger's rule id. */
  rule: string;
}

/** What the sentence says about the ones hurt when no actor names them (see find-victims.ts). */
export interface VictimTests {
  isCombatantVictim: () => boolean;
  isCivilianObject: () => boolean;
  /** The attack's object is a thing and no one was hurt. */
  isPropertyOnly: () => boolean;
}

const ARMED = new Set([1, 2, 3, 4, 8]);
const CROWD = new Set([5, 6]);

const TYPE_OF = new Map<string, EventType>(
  Object.entries(EVENT_TYPES).flatMap(([type, subs]) => subs.map((sub): [string, EventType] => [sub, type as EventType])),
);

export function toEventType(sub: SubEventType): EventType {
  const type = TYPE_OF.get(sub);
  if (!type) throw new Error(`not an ACLED sub-event type: ${sub}`);
  return type;
}

function resolveProtest(modifiers: ReadonlySet<ProtestModifier>): [SubEventType, string] {
  if (modifiers.has("+violent-crowd")) return ["Violent demonstration", "protest+violent-crowd"];
  if (modifiers.has("+excessive")) return ["Excessive force against protesters", "protest+excessive"];
  if (modifiers.has("+intervention")) return ["Protest with intervention", "protest+intervention"];
  return ["Peaceful protest", "protest"];
}

const PEOPLE = new Set([5, 6, 7]);

/** The sentence's sides are people, not armed groups: at least one is named, and none is armed. */
function isCrowdOnly(actor1: ActorMention | null, actor2: ActorMention | null): boolean {
  const sides = [actor1, actor2].filter((a): a is ActorMention => a !== null);
  return sides.some((a) => PEOPLE.has(a.type)) && !sides.some((a) => ARMED.has(a.type));
}

function resolveViolence(
  label: TriggerRule["label"], actor1: ActorMention | null, actor2: ActorMention | null, victims: VictimTests,
): [SubEventType, string] {
  if (actor1 && CROWD.has(actor1.type)) return ["Violent demonstration", "crowd-violence"];
  if (actor2?.type === 6 && actor1?.type === 1) return ["Excessive force against protesters", "state-on-protesters"];
  if (label === "@assault" && victims.isPropertyOnly()) return ["Looting/property destruction", "property-only"];
  if (actor2?.type === 7) return ["Attack", "civilian-target"];
  if (actor2 && ARMED.has(actor2.type)) return ["Armed clash", "armed-target"];
  if (!actor2 && actor1?.type !== 7 && victims.isCombatantVictim()) return ["Armed clash", "combatant-victim"];
  if (!actor2 && victims.isCivilianObject()) return ["Attack", "civilian-object"];
  return label === "@assault" ? ["Armed clash", "assault-no-target"] : ["Attack", "violence-no-target"];
}

function resolveFamily(
  label: TriggerRule["label"], actor1: ActorMention | null, actor2: ActorMention | null, modifiers: ReadonlySet<ProtestModifier>,
  victims: VictimTests,
): [SubEventType, string] {
  switch (label) {
    case "@territory":
      // Only armed groups take territory: residents or students "taking over" a school or a toll booth occupy it in protest.
      if (isCrowdOnly(actor1, actor2)) return resolveProtest(modifiers);
      return actor1?.type === 1 ? ["Government regains territory", "state-captures"] : ["Non-state actor overtakes territory", "non-state-captures"];
    case "@protest":
      return actor1?.type === 5 ? ["Violent demonstration", "rioters"] : resolveProtest(modifiers);
    case "@riot":
      return ["Violent demonstration", "riot"];
    case "@assault":
    case "@violence":
      return resolveViolence(label, actor1, actor2, victims);
    default:
      return [label as SubEventType, "direct"];
  }
}

export function resolveSubEvent(
  trigger: TriggerRule, actor1: ActorMention | null, actor2: ActorMention | null, modifiers: ReadonlySet<ProtestModifier>,
  options: Partial<VictimTests> = {},
): ResolvedSubEvent {
  const never = () => false;
  const victims = {
    isCombatantVictim: options.isCombatantVictim ?? never, isCivilianObject: options.isCivilianObject ?? never, isPropertyOnly: options.isPropertyOnly ?? never,
  };
  const [sub, how] = resolveFamily(trigger.label, actor1, actor2, modifiers, victims);
  const event_type = toEventType(sub);
  const civilian_targeting = actor2?.type === 7 && event_type !== "Protests" && event_type !== "Strategic developments";
  return { sub_event_type: sub, event_type, civilian_targeting, rule: `${trigger.rule}/${how}` };
}
