// ACLED's counting rules across sentences: one event per day and place. A strike or shelling at the place
// and day of a battle folds into the battle (only on a known day: two undated reports may be days apart); a second report of the same event adds its evidence.
import { findInteraction } from "./interaction.js";
import type { CodedEvent, Fatalities } from "../../types.js";
import { combineTolls, isMoreVictims } from "./count-victims.js";

const FOLDS_INTO_BATTLE = new Set(["Air/drone strike", "Shelling/artillery/missile attack"]);
/** ACLED codes a capture once, as the territory change: the fighting for the place that day is part of it. */
const TERRITORY_CHANGE = new Set(["Government regains territory", "Non-state actor overtakes territory"]);

/** Does `b` fold into `a` (or `a` into `b`) as one event of the same place and known day? */
function foldsTogether(a: CodedEvent, b: CodedEvent): boolean {
  if (a.sub_event_type === b.sub_event_type) return true;
  if (b.event_date === null) return false;
  const pair = (x: CodedEvent, y: CodedEvent) =>
    (x.event_type === "Battles" && FOLDS_INTO_BATTLE.has(y.sub_event_type)) ||
    (x.sub_event_type === "Armed clash" && TERRITORY_CHANGE.has(y.sub_event_type));
  return pair(a, b) || pair(b, a);
}

/** Which of two folding events keeps its type: a battle over a strike, a capture over the clash that won it. */
function outranks(a: CodedEvent, b: CodedEvent): boolean {
  if (TERRITORY_CHANGE.has(b.sub_event_type) && a.sub_event_type === "Armed clash") return false;
  return a.event_type === "Battles" || b.event_type !== "Battles";
}

function samePlaceAndDay(a: CodedEvent, b: CodedEvent): boolean {
  return a.event_date === b.event_date && (a.location?.name ?? null) === (b.location?.name ?? null);
}

/** A later undated mention of the same kind of event at the same place ("the shells were fired from ...") is that event. */
function isLaterMention(earlier: CodedEvent, later: CodedEvent): boolean {
  return later.event_date === null && earlier.sub_event_type === later.sub_event_type &&
    (earlier.location?.name ?? null) === (later.location?.name ?? null);
}

/** Two counts of one event: keep the larger, since each report may count part of the same dead. */
export function combineFatalities(a: Fatalities, b: Fatalities): Fatalities {
  return combineTolls(a, b, { add: false });
}

/**
 * The later report's dead add to the earlier's when its sentence says they are more ("9 raiders were also
 * killed by the air strikes"), else the larger toll stands.
 */
function foldTolls(earlier: CodedEvent, later: CodedEvent): Fatalities {
  const add = later.evidence.some((e) => isMoreVictims(e.text)) && !later.evidence.some((e) => earlier.evidence.some((x) => x.start === e.start));
  return combineTolls(earlier.fatalities, later.fatalities, { add });
}

function absorb(into: CodedEvent, other: CodedEvent, why: string): CodedEvent {
  const inter1 = into.actor1 === null ? other.inter1 : into.inter1;
  return {
    ...into,
    evidence: [...into.evidence, ...other.evidence],
    fatalities: into.evidence[0].start <= other.evidence[0].start ? foldTolls(into, other) : foldTolls(other, into),
    assoc_actor_1: into.assoc_actor_1.length > 0 ? into.assoc_actor_1 : other.assoc_actor_1,
    ...(into.actor1 === null && other.actor1 !== null ? { actor1: other.actor1, inter1 } : {}),
    interaction: findInteraction(inter1, into.inter2),
    rule: `${into.rule}+${why}`,
  };
}

export function foldEvents(events: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const event of events) {
    const i = out.findIndex((e) => isLaterMention(e, event) || (samePlaceAndDay(e, event) && foldsTogether(e, event)));
    if (i < 0) {
      out.push(event);
      continue;
    }
    const existing = out[i];
    out[i] = outranks(existing, event) ? absorb(existing, event, "same-event") : absorb(event, existing, "folded-into");
  }
  return out;
}
