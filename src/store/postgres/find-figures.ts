// Stored figures with their document's date and publisher, for series across documents (../figure-rows.ts).
import { FIGURE_SELECT, toStoredFigures, type FigureRow } from "../figure-rows.js";
import type { FigureFilter, StoredFigure } from "../store.js";
import type { Queryable } from "./connect.js";

export async function findFigures(db: Queryable, filter: FigureFilter = {}): Promise<StoredFigure[]> {
  const { rows } = filter.measure
    ? await db.query<FigureRow>(`${FIGURE_SELECT} WHERE f.measure = $1 ORDER BY f.document_id, f.id`, [filter.measure])
    : await db.query<FigureRow>(`${FIGURE_SELECT} ORDER BY f.document_id, f.id`);
  return toStoredFigures(rows, filter);
}
