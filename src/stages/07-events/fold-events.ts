// ACLED's counting rules across sentences: one event per day and place. A strike or shelling at the place
// and day of a battle folds into the battle (only on a known day: two undated reports may be days apart); a second report of the same event adds its evidence.
import { findInteraction } from "./interaction.js";
import type { CodedEvent, Fatalities } from "../../types.js";

const FOLDS_INTO_BATTLE = new Set(["Air/drone strike", "Shelling/artillery/missile attack"]);

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
  const max = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
  return { low: max(a.low, b.low), best: max(a.best, b.best), high: max(a.high, b.high) };
}

function absorb(into: CodedEvent, other: CodedEvent, why: string): CodedEvent {
  const inter1 = into.actor1 === null ? other.inter1 : into.inter1;
  return {
    ...into,
    evidence: [...into.evidence, ...other.evidence],
    fatalities: combineFatalities(into.fatalities, other.fatalities),
    assoc_actor_1: into.assoc_actor_1.length > 0 ? into.assoc_actor_1 : other.assoc_actor_1,
    ...(into.actor1 === null && other.actor1 !== null ? { actor1: other.actor1, inter1 } : {}),
    interaction: findInteraction(inter1, into.inter2),
    rule: `${into.rule}+${why}`,
  };
}

export function foldEvents(events: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const event of events) {
    const i = out.findIndex((e) => isLaterMention(e, event) || samePlaceAndDay(e, event) &&
      (e.sub_event_type === event.sub_event_type || (event.event_date !== null && (
        (e.event_type === "Battles" && FOLDS_INTO_BATTLE.has(event.sub_event_type)) ||
        (event.event_type === "Battles" && FOLDS_INTO_BATTLE.has(e.sub_event_type))))));
    if (i < 0) {
      out.push(event);
      continue;
    }
    const existing = out[i];
    out[i] = existing.event_type === "Battles" || event.event_type !== "Battles"
      ? absorb(existing, event, "same-event")
      : absorb(event, existing, "strike-in-battle");
  }
  return out;
}
