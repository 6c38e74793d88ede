// Stage 5: actors. STUB, to be replaced.
import type { Context } from "../../context.js";
import type { ActorMention, CleanDocument, PlaceMention, Sentence } from "../../types.js";

export function findActors(
  _doc: CleanDocument, _sentences: Sentence[], _places: PlaceMention[], _ctx: Context,
): ActorMention[] {
  return [];
}
