// EventColumns over a SQLite store, kept per data version: `PRAGMA data_version` changes when another connection
// commits, total_changes() when this one writes, so a read after any write sees it. Rebuilding costs a read of the
// whole incidents table (~0.1 s per 100,000 events), so while writes keep coming (an ingest beside the server)
// it is rebuilt at most once per REBUILD_GAP builds' time, and in between `current()` says null and the caller
// answers from SQL. `q` words are found with the trigram index (incident_search) and handed over as rows.
import type Database from "better-sqlite3";
import { foldText } from "../search-keys.js";
import { buildEventColumns, INCIDENT_COLUMNS, type EventColumns, type IncidentRow } from "./event-columns.js";
import { createPageOrders, type PageOrders } from "./page-columns.js";

/** Wait this many times the last build's duration before building again while the data keeps changing. */
const REBUILD_GAP = 10;
const MAX_QUERY_WORDS = 12;

export interface EventIndex {
  /** The data version the columns were read at. */
  version: string;
  columns: EventColumns;
  orders: PageOrders;
  /** Rows whose search text holds every word of `q`, as a mask over rows. */
  textRows(q: string): Uint8Array;
}

/** `rebuildGap` overrides REBUILD_GAP (tests use 0: rebuild on every change). */
export function createSqliteEventIndex(db: Database.Database, options: { rebuildGap?: number } = {}): { current(): EventIndex | null } {
  const rebuildGap = options.rebuildGap ?? REBUILD_GAP;
  const version = db.prepare("SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes()").pluck();
  const readAll = db.prepare(`SELECT rowid, ${INCIDENT_COLUMNS.join(", ")} FROM incidents`).raw();
  const searchPhrase = db.prepare("SELECT rowid FROM incident_search WHERE incident_search MATCH ?").pluck();
  const searchLike = db.prepare("SELECT rowid FROM incident_search WHERE body LIKE ?").pluck();
  const searchInstr = db.prepare("SELECT rowid FROM incident_search WHERE instr(body, ?) > 0").pluck();
  let built: { version: string; index: EventIndex; at: number; took: number } | null = null;

  function build(version: string): EventIndex {
    const columns = buildEventColumns(readAll.all() as IncidentRow[]);
    const textRows = (q: string): Uint8Array => {
      const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).map(foldText);
      const hits = new Uint8Array(columns.size);
      words.forEach((word, i) => {
        const rowKeys = findRowKeys(word);
        for (const key of rowKeys) {
          const row = columns.rowOf.get(key);
          if (row !== undefined && hits[row] === i) hits[row] = i + 1;
        }
      });
      return hits.map((n) => (n === words.length ? 1 : 0));
    };
    return { version, columns, orders: createPageOrders(columns), textRows };
  }

  /**
   * Rows whose folded search text contains `word`. A phrase of three or more characters is a substring match in
   * the trigram index (~4x faster than LIKE, which it equals on folded text); a shorter word has no trigram, so
   * LIKE scans; a word with LIKE's own wildcards is matched literally by instr.
   */
  function findRowKeys(word: string): number[] {
    if ([...word].length >= 3) return searchPhrase.all(`"${word.replaceAll('"', '""')}"`) as number[];
    return (/[%_]/.test(word) ? searchInstr.all(word) : searchLike.all(`%${word}%`)) as number[];
  }

  return {
    current() {
      const now = version.get() as string;
      if (built?.version === now) return built.index;
      const started = performance.now();
      if (built && started - built.at < built.took * rebuildGap) return null;
      const index = build(now);
      const finished = performance.now();
      built = { version: now, index, at: finished, took: finished - started };
      return index;
    },
  };
}
