// Stage 4: places. STUB, to be replaced.
import type { Context } from "../../context.js";
import type { CleanDocument, PlaceMention, Sentence } from "../../types.js";

export function findPlaces(_doc: CleanDocument, _sentences: Sentence[], _ctx: Context): PlaceMention[] {
  return [];
}
