// Writes one Extraction inside the caller's transaction: the document, its mentions, figures, events, sources
// and problems, a few multi-row INSERTs in all. The document row goes first with ON CONFLICT DO NOTHING: if
// no row came back, the document was already stored (or another worker is storing it right now and we waited
// for it), and nothing else is written. Events are written in id order, so two documents sharing events lock
// them in the same order and cannot deadlock each other; then the incidents they join are re-clustered (incidents.ts).
import type pg from "pg";
import type { CodedEvent, Extraction, Problem, Span } from "../../types.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { SaveResult } from "../store.js";
import { reclusterIn } from "./incidents.js";
import { insertRows, type Value } from "./insert-rows.js";

export async function saveExtractionIn(client: pg.PoolClient, x: Extraction, text: string): Promise<SaveResult> {
  const d = x.document;
  const now = new Date().toISOString();
  const inserted = await insertRows(client, "documents", ["id", "path", "url", "title", "publisher", "published", "published_from", "language", "ingested_at", "text"],
    [[d.id, d.path, d.url, d.title, d.publisher, d.published, d.published_from, d.language, now, text]], "ON CONFLICT (id) DO NOTHING RETURNING id");
  if (inserted.length === 0) return { kind: "unchanged", documentId: d.id };

  await insertRows(client, "place_mentions", ["document_id", "name", "resolved", "latitude", "longitude", "country", "admin1", "feature",
    "gazetteer_id", "population", "role", "geo_precision", "rule", "score", "sentence", "ev_start", "ev_end", "ev_text"],
  x.places.map((p) => [d.id, p.name, bool(p.resolved), p.latitude, p.longitude, p.country, p.admin1, p.feature, p.gazetteer_id,
    p.population ?? null, p.role, p.geo_precision, p.rule, p.score, p.sentence, ...span(p.evidence)]));
  await insertRows(client, "actor_mentions", ["document_id", "name", "type", "mention", "country", "rule", "sentence", "ev_start", "ev_end", "ev_text"],
    x.actors.map((a) => [d.id, a.name, a.type, a.mention, a.country ?? null, a.rule, a.sentence, ...span(a.evidence)]));
  await insertRows(client, "figures", ["document_id", "measure", "value", "low", "high", "qualifier", "unit", "subject", "place", "date",
    "attributed_to", "attribution_chain", "scope", "sentence", "rule", "ev_start", "ev_end", "ev_text"],
  x.figures.map((f) => [d.id, f.measure, f.value, f.low, f.high, f.qualifier, f.unit, f.subject, f.place, f.date, f.attributed_to,
    JSON.stringify(f.attribution_chain ?? []), f.scope, f.sentence, f.rule, ...span(f.evidence)]));
  await saveEvents(client, x.events, d.id, now);
  if (x.events.length > 0) await reclusterIn(client, [...new Set(x.events.map((e) => e.id))].sort());
  await saveProblemsIn(client, x.problems.map((p) => ({ documentId: d.id, input: null, problem: p })), now);
  return { kind: "stored", documentId: d.id, events: x.events.length };
}

async function saveEvents(client: pg.PoolClient, events: CodedEvent[], documentId: string, now: string): Promise<void> {
  // Stable sort: an event id that comes twice in the document keeps its evidence in the order of the text.
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // An event id seen before (another document reporting the same event) gains a source, not a second row.
  await insertRows(client, "events", ["id", "event_type", "sub_event_type", "kind", "event_date", "time_precision", "actor1", "assoc_actor_1",
    "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "location_name", "latitude", "longitude",
    "geo_precision", "admin1", "country", "iso", "location_resolved", "fatalities_low", "fatalities_best", "fatalities_high", "rule",
    "actors_key", "place_key", "stored_at"], sorted.map((e) => toEventRow(e, now)), "ON CONFLICT (id) DO NOTHING");
  const firstOfId = sorted.filter((e, i) => i === 0 || sorted[i - 1].id !== e.id);
  await insertRows(client, "event_sources", ["event_id", "document_id", "attributed_to", "added_at"],
    firstOfId.map((e) => [e.id, documentId, JSON.stringify(e.attributed_to), now]), "ON CONFLICT (event_id, document_id) DO NOTHING");
  // The document is new in this transaction, so no evidence of (event, this document) exists yet: ordinals start at 0.
  const ordinal = new Map<string, number>();
  await insertRows(client, "event_evidence", ["event_id", "document_id", "ordinal", "ev_start", "ev_end", "ev_text"],
    sorted.flatMap((e) => e.evidence.map((ev) => {
      const n = ordinal.get(e.id) ?? 0;
      ordinal.set(e.id, n + 1);
      return [e.id, documentId, n, ...span(ev)];
    })));
}

function toEventRow(e: CodedEvent, now: string): Value[] {
  const loc = e.location;
  return [e.id, e.event_type, e.sub_event_type, e.kind, e.event_date, e.time_precision,
    e.actor1, JSON.stringify(e.assoc_actor_1), e.inter1, e.actor2, JSON.stringify(e.assoc_actor_2), e.inter2,
    e.interaction, bool(e.civilian_targeting),
    loc?.name ?? null, loc?.latitude ?? null, loc?.longitude ?? null, loc?.geo_precision ?? null,
    loc?.admin1 ?? null, loc?.country ?? null, loc?.iso ?? null, loc ? bool(loc.resolved) : null,
    e.fatalities.low, e.fatalities.best, e.fatalities.high, e.rule,
    actorsKey([e.actor1, e.actor2, ...e.assoc_actor_1, ...e.assoc_actor_2]), loc ? foldText(loc.name) : null, now];
}

export interface ProblemRecord {
  documentId: string | null;
  input: string | null;
  problem: Problem;
}

export async function saveProblemsIn(client: pg.ClientBase | pg.Pool, records: ProblemRecord[], now = new Date().toISOString()): Promise<void> {
  await insertRows(client, "problems", ["document_id", "input", "kind", "message", "ev_start", "ev_end", "ev_text", "created_at"],
    records.map(({ documentId, input, problem: p }) =>
      [documentId, input, p.kind, p.message, p.evidence?.start ?? null, p.evidence?.end ?? null, p.evidence?.text ?? null, now]));
}

function span(ev: Span): [number, number, string] {
  return [ev.start, ev.end, ev.text];
}

function bool(value: boolean): number {
  return value ? 1 : 0;
}
