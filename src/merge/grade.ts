// The Airwars-style grade of an incident, from what its sources say and what analysts decided: contested when
// sources name competing perpetrators and no analyst has settled who it was; else multiple or single source.
import type { Grade } from "../store/store.js";

/** In a battle each side is someone's perpetrator: only strikes and attacks can have a contested one. */
export function isPerpetratorContested(eventType: string, perpetrators: readonly string[], settledByAnalyst: boolean): boolean {
  return !settledByAnalyst && eventType !== "Battles" && perpetrators.length > 1;
}

export function toGrade(contested: boolean, independentSources: number): Grade {
  return contested ? "contested" : independentSources >= 2 ? "multiple sources" : "single source";
}
