// Stage 6: figures. STUB, to be replaced.
import type { ActorMention, CleanDocument, DateMention, Figure, PlaceMention, Sentence } from "../../types.js";

export interface FigureInputs {
  places: PlaceMention[];
  dates: DateMention[];
  actors: ActorMention[];
}

export function findFigures(_doc: CleanDocument, _sentences: Sentence[], _inputs: FigureInputs): Figure[] {
  return [];
}
