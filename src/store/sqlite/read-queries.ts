// Reads for the API and web page: a page of events with its total, facet counts and a day-by-day timeline,
// and a document's cleaned text with its events' evidence. Pages are answered from the in-memory columns of
// ../read-index (milliseconds at 100,000 events), and the same page asked again within one data version from a
// cache; while writes keep coming faster than those are rebuilt, from SQL with the same meaning
// (../event-where.ts), where every value is a parameter.
import type Database from "better-sqlite3";
import { haversineKm } from "../geo.js";
import { countDays as countIndexDays, countFacets } from "../read-index/count-columns.js";
import { filterRows } from "../read-index/filter-columns.js";
import { createPageCache } from "../read-index/page-cache.js";
import { createSqliteEventIndex, type EventIndex } from "../read-index/sqlite-event-index.js";

/** Pages of whole events kept by the page cache: at most this many events each. */
const FULL_EVENTS_KEPT = 500;
import { FACET_FIELDS, type DocumentText, type EventPage, type EventQuery, type EventSummary, type EventSummaryPage, type MergedEvent } from "../store.js";
import { buildQueryWhere, FACET_COLUMNS, FACET_SIZE, toOrderBy, type WhereSql } from "../event-where.js";


/** `inMemory: false` answers every page from SQL (tests compare the two ways). */
export function createReadQueries(db: Database.Database, options: { inMemory?: boolean } = {}) {
  db.function("sitrep_km", { deterministic: true }, (lat1, lon1, lat2, lon2) =>
    haversineKm({ latitude: Number(lat1), longitude: Number(lon1) }, { latitude: Number(lat2), longitude: Number(lon2) }));

  const eventIndex = options.inMemory === false ? { current: () => null } : createSqliteEventIndex(db);
  const detailsOf = db.prepare("SELECT d.detail FROM json_each(?) j JOIN incident_details d ON d.id = j.value ORDER BY j.key").pluck();

  const cache = createPageCache();

  function queryEvents(query: EventQuery, options: { summary?: boolean } = {}): EventPage {
    const index = eventIndex.current();
    if (index) {
      const counted = options.summary !== false;
      const compute = () => {
        const { rows, page } = pageFromIndex(index, query, counted);
        const ids = JSON.stringify(Array.from(rows, (row) => index.columns.id[row]));
        return { events: (detailsOf.all(ids) as string[]).map((detail) => JSON.parse(detail) as MergedEvent), ...page };
      };
      // Exports and lists read uncounted pages once each: only the API's answers are worth keeping. Whole events are
      // heavy (sources, evidence), so only small pages of them are kept.
      return counted ? cache.get(index.version, JSON.stringify(["events", query]), compute, { keepUpTo: FULL_EVENTS_KEPT }) : compute();
    }
    const where = toWhere(query);
    const events = (db.prepare(`SELECT d.detail FROM incidents JOIN incident_details d USING (id) ${where.sql} ${toOrderBy(query)} LIMIT ? OFFSET ?`)
      .pluck().all(...where.params, query.limit ?? -1, query.offset ?? 0) as string[]).map((detail) => JSON.parse(detail) as MergedEvent);
    return { events, ...countPage(query, where, options.summary !== false, events.length) };
  }

  /** The same page as map and table rows: one SELECT of columns, no JSON. */
  function queryEventSummaries(query: EventQuery, options: { summary?: boolean } = {}): EventSummaryPage {
    const index = eventIndex.current();
    if (index) {
      const counted = options.summary !== false;
      const compute = () => {
        const { rows, page } = pageFromIndex(index, query, counted);
        return { events: Array.from(rows, (row) => toSummary(index, row)), ...page };
      };
      return counted ? cache.get(index.version, JSON.stringify(["summaries", query]), compute) : compute();
    }
    const where = toWhere(query);
    const rows = db.prepare(`SELECT id, event_type, sub_event_type, event_date, actor1, actor2, location_name, latitude, longitude,
        location_resolved, fatalities_low FROM incidents ${where.sql} ${toOrderBy(query)} LIMIT ? OFFSET ?`)
      .all(...where.params, query.limit ?? -1, query.offset ?? 0) as SummaryRow[];
    const events = rows.map((r): EventSummary => ({
      id: r.id, event_type: r.event_type, sub_event_type: r.sub_event_type, event_date: r.event_date, actor1: r.actor1, actor2: r.actor2,
      location: r.location_name === null ? null : { name: r.location_name, latitude: r.latitude, longitude: r.longitude, resolved: r.location_resolved === 1 },
      fatalities: { low: r.fatalities_low },
    }));
    return { events, ...countPage(query, where, options.summary !== false, events.length) };
  }

  /** Total, facets and timeline in one pass over the matching rows' facet columns (plus one for a dated query's timeline). */
  function countPage(query: EventQuery, where: WhereSql, summary: boolean, pageLength: number): Omit<EventPage, "events"> {
    const counts = FACET_FIELDS.map(() => new Map<string, number>());
    if (!summary) return { total: pageLength, facets: toFacets(counts), timeline: [] };
    const days = new Map<string, number>();
    const undated = query.since === undefined && query.until === undefined;
    let total = 0;
    const columns = FACET_FIELDS.map((f) => FACET_COLUMNS[f]).join(", ");
    for (const row of db.prepare(`SELECT ${columns}, event_date FROM incidents ${where.sql}`).raw().iterate(...where.params) as Iterable<(string | null)[]>) {
      total++;
      for (let i = 0; i < counts.length; i++) {
        const value = row[i];
        if (value !== null) counts[i].set(value, (counts[i].get(value) ?? 0) + 1);
      }
      const date = row[counts.length];
      if (undated && date !== null) days.set(date, (days.get(date) ?? 0) + 1);
    }
    const timeline = undated
      ? [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count }))
      : countDays(toWhere({ ...query, since: undefined, until: undefined }));
    return { total, facets: toFacets(counts), timeline };
  }

  function countDays(where: WhereSql): EventPage["timeline"] {
    const dated = where.sql ? `${where.sql} AND event_date IS NOT NULL` : "WHERE event_date IS NOT NULL";
    return db.prepare(`SELECT event_date AS date, count(*) AS count FROM incidents ${dated} GROUP BY event_date ORDER BY event_date`)
      .all(...where.params) as EventPage["timeline"];
  }

  const documentRow = db.prepare(`SELECT d.id, d.path, d.url, d.title, d.publisher, d.published, d.published_from, d.language,
      d.ingested_at, d.text, (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events
    FROM documents d WHERE d.id = ?`);
  const documentEvidence = db.prepare(`SELECT e.id, e.event_type, e.sub_event_type, e.event_date, e.location_name,
      ev.ev_start, ev.ev_end, ev.ev_text
    FROM event_evidence ev JOIN incident_reports ir ON ir.report_id = ev.event_id JOIN incidents e ON e.id = ir.incident_id
    WHERE ev.document_id = ? ORDER BY ev.ev_start, e.id, ev.ordinal`);

  function getDocument(id: string): DocumentText | null {
    const row = documentRow.get(id) as (Omit<DocumentText, "events"> & { events: number }) | undefined;
    if (!row) return null;
    const byEvent = new Map<string, DocumentText["events"][number]>();
    for (const r of documentEvidence.all(id) as EvidenceJoinRow[]) {
      const entry = byEvent.get(r.id) ?? { id: r.id, event_type: r.event_type, sub_event_type: r.sub_event_type,
        event_date: r.event_date, location: r.location_name, evidence: [] };
      entry.evidence.push({ start: r.ev_start, end: r.ev_end, text: r.ev_text });
      byEvent.set(r.id, entry);
    }
    return { ...row, events: [...byEvent.values()] };
  }

  return { queryEvents, queryEventSummaries, getDocument };
}

/** The page's rows in order, with total, facets and timeline unless `counted` is false (then total is the page's length). */
function pageFromIndex(index: EventIndex, query: EventQuery, counted: boolean): { rows: Int32Array; page: Omit<EventPage, "events"> } {
  const { columns } = index;
  const textRows = query.q?.trim() ? index.textRows(query.q) : null;
  const matching = filterRows(columns, query, textRows);
  const rows = index.orders.pageRows(matching, query);
  if (!counted) return { rows, page: { total: rows.length, facets: countFacets(columns, new Int32Array(0)), timeline: [] } };
  const undated = query.since === undefined && query.until === undefined;
  const timeline = countIndexDays(columns, undated ? matching : filterRows(columns, { ...query, since: undefined, until: undefined }, textRows));
  return { rows, page: { total: matching.length, facets: countFacets(columns, matching), timeline } };
}

function toSummary(index: EventIndex, row: number): EventSummary {
  const c = index.columns;
  const name = c.location.values[c.location.codes[row]];
  const number = (value: number) => (Number.isNaN(value) ? null : value);
  return {
    id: c.id[row], event_type: c.eventType.values[c.eventType.codes[row]] as string, sub_event_type: c.subEventType.values[c.subEventType.codes[row]] as string,
    event_date: c.eventDate.values[c.eventDate.codes[row]], actor1: c.actor1.values[c.actor1.codes[row]], actor2: c.actor2.values[c.actor2.codes[row]],
    location: name === null ? null : { name, latitude: number(c.latitude[row]), longitude: number(c.longitude[row]), resolved: c.resolved[row] === 1 },
    fatalities: { low: number(c.fatalitiesLow[row]) },
  };
}

/** The commonest FACET_SIZE values of each field, most first, ties by value. */
function toFacets(counts: Map<string, number>[]): EventPage["facets"] {
  return Object.fromEntries(FACET_FIELDS.map((field, i) => [field, Object.fromEntries([...counts[i]]
    .sort(([va, na], [vb, nb]) => nb - na || (va < vb ? -1 : va > vb ? 1 : 0)).slice(0, FACET_SIZE))])) as EventPage["facets"];
}

interface SummaryRow {
  id: string; event_type: string; sub_event_type: string; event_date: string | null; actor1: string | null; actor2: string | null;
  location_name: string | null; latitude: number | null; longitude: number | null; location_resolved: number | null; fatalities_low: number | null;
}

interface EvidenceJoinRow {
  id: string; event_type: string; sub_event_type: string; event_date: string | null; location_name: string | null;
  ev_start: number; ev_end: number; ev_text: string;
}


/** The API's WHERE; each word of `q` is a substring of the folded search text (incident_search, trigram-indexed). */
function toWhere(query: EventQuery): WhereSql {
  return buildQueryWhere(query, (folded) => /[%_]/.test(folded)
    ? ["incidents.rowid IN (SELECT rowid FROM incident_search WHERE instr(body, ?) > 0)", folded]
    : ["incidents.rowid IN (SELECT rowid FROM incident_search WHERE body LIKE ?)", `%${folded}%`]);
}
