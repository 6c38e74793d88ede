// Writes one Extraction in one transaction: the document, its mentions, figures, events, sources and
// problems; then the incidents its reports join are re-clustered. A document already stored (same id = same
// cleaned text) is left as it is. A batch shares one transaction (one commit, one FTS flush, one re-clustering),
// each document in its own savepoint so it is still stored whole or not at all.
import type Database from "better-sqlite3";
import type { CodedEvent, Extraction, Problem } from "../../types.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { BatchSaveResult, ExtractionToSave, SaveResult } from "../store.js";

export interface Saver {
  /** One document, one transaction. */
  save(extraction: Extraction, cleanedText: string): SaveResult;
  /** One transaction for the batch, a savepoint per document, and one re-clustering of every report written. */
  saveBatch(items: readonly ExtractionToSave[]): BatchSaveResult[];
}

export interface SaverHooks {
  /** Runs in the same transaction with the ids of the reports just written (re-clustering). */
  afterEvents?: (reportIds: string[]) => void;
  /** A report just inserted as row `rowid` of events (its merge-candidate box). */
  onReport?: (rowid: number | bigint, event: CodedEvent) => void;
}

export function createSaver(db: Database.Database, hooks: SaverHooks = {}): Saver {
  const s = prepare(db);
  const afterEvents = hooks.afterEvents ?? (() => {});
  const onReport = hooks.onReport ?? (() => {});
  // Nested inside `batch`, better-sqlite3 runs this as a savepoint: a document that throws is rolled back alone.
  const writeDocument = db.transaction((x: Extraction, text: string, now: string): SaveResult => {
    const d = x.document;
    if (s.hasDocument.get(d.id)) return { kind: "unchanged", documentId: d.id };
    s.document.run(d.id, d.path, d.url, d.title, d.publisher, d.published, d.published_from, d.language, now, text);
    for (const p of x.places) {
      s.place.run(d.id, p.name, bool(p.resolved), p.latitude, p.longitude, p.country, p.admin1, p.feature, p.gazetteer_id,
        p.population ?? null, p.role, p.geo_precision, p.rule, p.score, p.sentence, ...span(p.evidence));
    }
    for (const a of x.actors) {
      s.actor.run(d.id, a.name, a.type, a.mention, a.country ?? null, a.rule, a.sentence, ...span(a.evidence));
    }
    for (const f of x.figures) {
      s.figure.run(d.id, f.measure, f.value, f.low, f.high, f.qualifier, f.unit, f.subject, f.place, f.date, f.attributed_to,
        JSON.stringify(f.attribution_chain ?? []), f.scope, f.sentence, f.rule, ...span(f.evidence));
    }
    const evidenceWritten = new Map<string, number>();
    for (const e of x.events) saveEvent(s, e, d.id, now, { evidenceWritten, onReport });
    for (const p of x.problems) saveProblem(s, d.id, null, p, now);
    return { kind: "stored", documentId: d.id, events: x.events.length };
  });
  const single = db.transaction((x: Extraction, text: string, now: string): SaveResult => {
    const result = writeDocument(x, text, now);
    if (result.kind === "stored") afterEvents(reportIdsOf([x]));
    return result;
  });
  const batch = db.transaction((items: readonly ExtractionToSave[], now: string): BatchSaveResult[] => {
    const results = items.map((item): BatchSaveResult => {
      try {
        return writeDocument(item.extraction, item.cleanedText, now);
      } catch (error) {
        return { kind: "failed", documentId: item.extraction.document.id, error: error as Error };
      }
    });
    afterEvents(reportIdsOf(items.filter((_, i) => results[i]!.kind === "stored").map((item) => item.extraction)));
    return results;
  });
  return {
    save: (extraction, cleanedText) => single(extraction, cleanedText, new Date().toISOString()),
    saveBatch(items) {
      try {
        return batch(items, new Date().toISOString());
      } catch (error) {
        // Re-clustering failed for the batch as a whole: store a document at a time so only the culprit fails.
        return items.map((item) => saveAlone(item, error as Error));
      }
    },
  };

  function saveAlone(item: ExtractionToSave, batchError: Error): BatchSaveResult {
    try {
      return single(item.extraction, item.cleanedText, new Date().toISOString());
    } catch (error) {
      return { kind: "failed", documentId: item.extraction.document.id, error: new Error((error as Error).message, { cause: batchError }) };
    }
  }
}

function reportIdsOf(extractions: readonly Extraction[]): string[] {
  return [...new Set(extractions.flatMap((x) => x.events.map((e) => e.id)))];
}

export function createProblemSaver(db: Database.Database): (input: string, problem: Problem) => void {
  const s = prepare(db);
  return (input, problem) => saveProblem(s, null, input, problem, new Date().toISOString());
}

type Statements = ReturnType<typeof prepare>;

/** `evidenceWritten`: evidence rows this document has written per event id so far. */
function saveEvent(s: Statements, e: CodedEvent, documentId: string, now: string,
  o: { evidenceWritten: Map<string, number>; onReport: (rowid: number | bigint, event: CodedEvent) => void }): void {
  const loc = e.location;
  // An event id seen before (another document reporting the same event) gains a source, not a second row.
  const inserted = s.event.run(e.id, e.event_type, e.sub_event_type, e.kind, e.event_date, e.time_precision,
    e.actor1, JSON.stringify(e.assoc_actor_1), e.inter1, e.actor2, JSON.stringify(e.assoc_actor_2), e.inter2,
    e.interaction, bool(e.civilian_targeting),
    loc?.name ?? null, loc?.latitude ?? null, loc?.longitude ?? null, loc?.geo_precision ?? null,
    loc?.admin1 ?? null, loc?.country ?? null, loc?.iso ?? null, loc ? bool(loc.resolved) : null,
    e.fatalities.low, e.fatalities.best, e.fatalities.high, e.rule,
    actorsKey([e.actor1, e.actor2, ...e.assoc_actor_1, ...e.assoc_actor_2]), loc ? foldText(loc.name) : null, now);
  if (inserted.changes > 0) o.onReport(inserted.lastInsertRowid, e);
  s.source.run(e.id, documentId, JSON.stringify(e.attributed_to), now);
  // The document is new, so an existing (event, document) source means the same event id came twice in this
  // document: its evidence is added after what is there.
  const first = o.evidenceWritten.get(e.id) ?? 0;
  e.evidence.forEach((ev, i) => s.evidence.run(e.id, documentId, first + i, ev.start, ev.end, ev.text));
  o.evidenceWritten.set(e.id, first + e.evidence.length);
}

function saveProblem(s: Statements, documentId: string | null, input: string | null, p: Problem, now: string): void {
  s.problem.run(documentId, input, p.kind, p.message, p.evidence?.start ?? null, p.evidence?.end ?? null, p.evidence?.text ?? null, now);
}

function prepare(db: Database.Database) {
  // ON CONFLICT DO NOTHING, not INSERT OR IGNORE: only a repeated key is skipped; a NOT NULL violation still throws.
  const insert = (table: string, columns: string, onConflict = "") =>
    db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${columns.split(",").map(() => "?").join(", ")}) ${onConflict}`);
  return {
    hasDocument: db.prepare("SELECT 1 FROM documents WHERE id = ?"),
    document: insert("documents", "id, path, url, title, publisher, published, published_from, language, ingested_at, text"),
    place: insert("place_mentions", "document_id, name, resolved, latitude, longitude, country, admin1, feature, gazetteer_id, " +
      "population, role, geo_precision, rule, score, sentence, ev_start, ev_end, ev_text"),
    actor: insert("actor_mentions", "document_id, name, type, mention, country, rule, sentence, ev_start, ev_end, ev_text"),
    figure: insert("figures", "document_id, measure, value, low, high, qualifier, unit, subject, place, date, attributed_to, " +
      "attribution_chain, scope, sentence, rule, ev_start, ev_end, ev_text"),
    event: insert("events", "id, event_type, sub_event_type, kind, event_date, time_precision, actor1, assoc_actor_1, inter1, " +
      "actor2, assoc_actor_2, inter2, interaction, civilian_targeting, location_name, latitude, longitude, geo_precision, " +
      "admin1, country, iso, location_resolved, fatalities_low, fatalities_best, fatalities_high, rule, actors_key, place_key, " +
      "stored_at", "ON CONFLICT (id) DO NOTHING"),
    source: insert("event_sources", "event_id, document_id, attributed_to, added_at", "ON CONFLICT DO NOTHING"),
    evidence: insert("event_evidence", "event_id, document_id, ordinal, ev_start, ev_end, ev_text"),
    problem: insert("problems", "document_id, input, kind, message, ev_start, ev_end, ev_text, created_at"),
  };
}

function span(ev: { start: number; end: number; text: string }): [number, number, string] {
  return [ev.start, ev.end, ev.text];
}

function bool(value: boolean): number {
  return value ? 1 : 0;
}
