// Stage 3: dates. STUB, to be replaced: finds the dateline and resolves date expressions.
import type { CleanDocument, DateMention, Sentence } from "../../types.js";

export interface DatesFound {
  /** A dateline's date (YYYY-MM-DD) when the document opens with one. */
  dateline: string | null;
  dates: DateMention[];
}

export function findDates(_doc: CleanDocument, _sentences: Sentence[]): DatesFound {
  return { dateline: null, dates: [] };
}
