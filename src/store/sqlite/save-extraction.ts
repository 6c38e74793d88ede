// Writes one Extraction in one transaction: the document, its mentions, figures, events, sources and
// problems; then the incidents its reports join are re-clustered. A document already stored (same id = same
// cleaned text) is left as it is.
import type Database from "better-sqlite3";
import type { CodedEvent, Extraction, Problem } from "../../types.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { SaveResult } from "../store.js";

/** `afterEvents` runs in the same transaction with the ids of the reports just written (re-clustering). */
export function createSaver(db: Database.Database, afterEvents: (reportIds: string[]) => void = () => {}): (extraction: Extraction, cleanedText: string) => SaveResult {
  const s = prepare(db);
  const save = db.transaction((x: Extraction, text: string, now: string): SaveResult => {
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
    for (const e of x.events) saveEvent(s, e, d.id, now);
    for (const p of x.problems) saveProblem(s, d.id, null, p, now);
    afterEvents([...new Set(x.events.map((e) => e.id))]);
    return { kind: "stored", documentId: d.id, events: x.events.length };
  });
  return (extraction, cleanedText) => save(extraction, cleanedText, new Date().toISOString());
}

export function createProblemSaver(db: Database.Database): (input: string, problem: Problem) => void {
  const s = prepare(db);
  return (input, problem) => saveProblem(s, null, input, problem, new Date().toISOString());
}

type Statements = ReturnType<typeof prepare>;

function saveEvent(s: Statements, e: CodedEvent, documentId: string, now: string): void {
  const loc = e.location;
  // An event id seen before (another document reporting the same event) gains a source, not a second row.
  s.event.run(e.id, e.event_type, e.sub_event_type, e.kind, e.event_date, e.time_precision,
    e.actor1, JSON.stringify(e.assoc_actor_1), e.inter1, e.actor2, JSON.stringify(e.assoc_actor_2), e.inter2,
    e.interaction, bool(e.civilian_targeting),
    loc?.name ?? null, loc?.latitude ?? null, loc?.longitude ?? null, loc?.geo_precision ?? null,
    loc?.admin1 ?? null, loc?.country ?? null, loc?.iso ?? null, loc ? bool(loc.resolved) : null,
    e.fatalities.low, e.fatalities.best, e.fatalities.high, e.rule,
    actorsKey([e.actor1, e.actor2, ...e.assoc_actor_1, ...e.assoc_actor_2]), loc ? foldText(loc.name) : null, now);
  s.source.run(e.id, documentId, JSON.stringify(e.attributed_to), now);
  // The document is new, so an existing (event, document) source means the same event id came twice in this
  // document: its evidence is added after what is there.
  const first = s.evidenceCount.get(e.id, documentId) as number;
  e.evidence.forEach((ev, i) => s.evidence.run(e.id, documentId, first + i, ev.start, ev.end, ev.text));
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
    evidenceCount: db.prepare("SELECT count(*) FROM event_evidence WHERE event_id = ? AND document_id = ?").pluck(),
    problem: insert("problems", "document_id, input, kind, message, ev_start, ev_end, ev_text, created_at"),
  };
}

function span(ev: { start: number; end: number; text: string }): [number, number, string] {
  return [ev.start, ev.end, ev.text];
}

function bool(value: boolean): number {
  return value ? 1 : 0;
}
