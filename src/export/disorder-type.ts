// ACLED's disorder_type, derived from the event and sub-event type (ACLED codebook, 2022-).
import type { CodedEvent } from "../types.js";

const BY_EVENT_TYPE: Record<CodedEvent["event_type"], string> = {
  "Battles": "Political violence",
  "Explosions/Remote violence": "Political violence",
  "Violence against civilians": "Political violence",
  "Riots": "Demonstrations",
  "Protests": "Demonstrations",
  "Strategic developments": "Strategic developments",
};

/** Sub-event types ACLED counts as both political violence and a demonstration. */
const BOTH = new Set(["Excessive force against protesters", "Mob violence"]);

export function toDisorderType(event: Pick<CodedEvent, "event_type" | "sub_event_type">): string {
  if (BOTH.has(event.sub_event_type)) return "Political violence; Demonstrations";
  return BY_EVENT_TYPE[event.event_type] ?? "";
}
