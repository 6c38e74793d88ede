// Stored figures with their document's date and publisher, for series across documents: the one SELECT (ordered
// by the caller) and the row mapping both backends share; `measure` is the only filter done in SQL.
import { foldText } from "./search-keys.js";
import type { FigureFilter, StoredFigure } from "./store.js";

export interface FigureRow {
  document_id: string; measure: string; value: number; low: number; high: number | null; qualifier: string | null; unit: string;
  subject: string; place: string | null; date: string | null; attributed_to: string | null; attribution_chain: string; scope: string;
  ev_start: number; ev_end: number; ev_text: string;
  publisher: string | null; title: string | null; path: string | null; url: string | null; published: string | null;
}

export const FIGURE_SELECT = `SELECT f.document_id, f.measure, f.value, f.low, f.high, f.qualifier, f.unit, f.subject, f.place, f.date, f.attributed_to,
    f.attribution_chain, f.scope, f.ev_start, f.ev_end, f.ev_text, d.publisher, d.title, d.path, d.url, d.published
  FROM figures f JOIN documents d ON d.id = f.document_id`;

/** The rows the filter keeps (place as a folded substring; summaries only when asked), as StoredFigures. */
export function toStoredFigures(rows: readonly FigureRow[], filter: FigureFilter): StoredFigure[] {
  const place = filter.place ? foldText(filter.place) : null;
  return rows
    .filter((r) => (filter.includeSummaries || r.scope !== "summary") && (place === null || (r.place !== null && foldText(r.place).includes(place))))
    .map(({ ev_start, ev_end, ev_text, attribution_chain, ...r }) => ({
      ...r, measure: r.measure as StoredFigure["measure"], scope: r.scope as StoredFigure["scope"],
      attribution_chain: JSON.parse(attribution_chain) as string[], evidence: { start: ev_start, end: ev_end, text: ev_text },
    }));
}
