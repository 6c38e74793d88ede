// Stored figures with their document's date and publisher, for series across documents (../figure-rows.ts).
import type Database from "better-sqlite3";
import { FIGURE_SELECT, toStoredFigures, type FigureRow } from "../figure-rows.js";
import type { FigureFilter, StoredFigure } from "../store.js";

export function createFigureFinder(db: Database.Database) {
  const byMeasure = db.prepare(`${FIGURE_SELECT} WHERE f.measure = ? ORDER BY f.document_id, f.id`);
  const every = db.prepare(`${FIGURE_SELECT} ORDER BY f.document_id, f.id`);

  return function findFigures(filter: FigureFilter = {}): StoredFigure[] {
    return toStoredFigures((filter.measure ? byMeasure.all(filter.measure) : every.all()) as FigureRow[], filter);
  };
}
