// Stage 7: events. STUB, to be replaced.
import type { Context } from "../../context.js";
import type { ActorMention, CleanDocument, CodedEvent, DateMention, Figure, PlaceMention, Problem, Sentence } from "../../types.js";

export interface EventInputs {
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  figures: Figure[];
}

export function codeEvents(
  _doc: CleanDocument, _sentences: Sentence[], _inputs: EventInputs, _ctx: Context,
): { events: CodedEvent[]; problems: Problem[] } {
  return { events: [], problems: [] };
}
