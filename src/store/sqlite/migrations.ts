// The schema, as an ordered list of migrations. Applied on open, each once, recorded in schema_migrations.
// Never edit a shipped migration: add the next one.
import type Database from "better-sqlite3";

export interface Migration {
  id: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: "001-initial",
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,            -- sha256 of the cleaned text
  path TEXT, url TEXT, title TEXT, publisher TEXT,
  published TEXT, published_from TEXT, language TEXT,
  ingested_at TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX documents_ingested ON documents (ingested_at);

CREATE TABLE place_mentions (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL, resolved INTEGER NOT NULL,
  latitude REAL, longitude REAL, country TEXT, admin1 TEXT, feature TEXT, gazetteer_id TEXT, population INTEGER,
  role TEXT NOT NULL, geo_precision INTEGER NOT NULL, rule TEXT NOT NULL, score REAL NOT NULL, sentence INTEGER NOT NULL,
  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL
);
CREATE INDEX place_mentions_document ON place_mentions (document_id);
CREATE INDEX place_mentions_gazetteer ON place_mentions (gazetteer_id);

CREATE TABLE actor_mentions (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL, type INTEGER NOT NULL, mention TEXT NOT NULL, country TEXT, rule TEXT NOT NULL, sentence INTEGER NOT NULL,
  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL
);
CREATE INDEX actor_mentions_document ON actor_mentions (document_id);
CREATE INDEX actor_mentions_name ON actor_mentions (name);

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  measure TEXT NOT NULL, value REAL NOT NULL, low REAL NOT NULL, high REAL, qualifier TEXT, unit TEXT NOT NULL,
  subject TEXT NOT NULL, place TEXT, date TEXT, attributed_to TEXT, attribution_chain TEXT NOT NULL, scope TEXT NOT NULL,
  sentence INTEGER NOT NULL, rule TEXT NOT NULL,
  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL
);
CREATE INDEX figures_document ON figures (document_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, kind TEXT NOT NULL,
  event_date TEXT, time_precision INTEGER,
  actor1 TEXT, assoc_actor_1 TEXT NOT NULL, inter1 INTEGER,
  actor2 TEXT, assoc_actor_2 TEXT NOT NULL, inter2 INTEGER,
  interaction INTEGER, civilian_targeting INTEGER NOT NULL,
  location_name TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
  admin1 TEXT, country TEXT, iso INTEGER, location_resolved INTEGER,
  fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
  rule TEXT NOT NULL,
  actors_key TEXT NOT NULL,       -- lower-cased actor names, for --actor
  place_key TEXT,                 -- lower-cased, accent-folded location name, for --place
  stored_at TEXT NOT NULL
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_type ON events (event_type, sub_event_type);
CREATE INDEX events_sub_type ON events (sub_event_type);
CREATE INDEX events_lat_lon ON events (latitude, longitude);

CREATE TABLE event_sources (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  attributed_to TEXT NOT NULL,    -- JSON array of claimants, nearest first
  added_at TEXT NOT NULL,
  PRIMARY KEY (event_id, document_id)
);
CREATE INDEX event_sources_document ON event_sources (document_id);

CREATE TABLE event_evidence (
  event_id TEXT NOT NULL, document_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL,
  PRIMARY KEY (event_id, document_id, ordinal),
  FOREIGN KEY (event_id, document_id) REFERENCES event_sources (event_id, document_id) ON DELETE CASCADE
);

CREATE TABLE problems (
  id INTEGER PRIMARY KEY,
  document_id TEXT REFERENCES documents (id) ON DELETE CASCADE,   -- null: the input never became a document
  input TEXT,
  kind TEXT NOT NULL, message TEXT NOT NULL,
  ev_start INTEGER, ev_end INTEGER, ev_text TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX problems_document ON problems (document_id);
CREATE INDEX problems_kind ON problems (kind);
`,
  },
  {
    // Incidents: the per-document rows of \`events\` are reports; an incident merges the reports of one thing
    // that happened (src/merge). Its filterable fields are columns, the whole merged event is \`detail\` (JSON).
    id: "002-incidents",
    sql: `
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,            -- the smallest id of its reports
  event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
  event_date TEXT, time_precision INTEGER,
  actor1 TEXT, actor2 TEXT,
  location_name TEXT, latitude REAL, longitude REAL, geo_precision INTEGER, country TEXT,
  fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
  actors_key TEXT NOT NULL, place_key TEXT,
  grade TEXT NOT NULL,            -- single source | multiple sources | contested
  sources INTEGER NOT NULL, independent_sources INTEGER NOT NULL,
  stored_at TEXT NOT NULL,
  detail TEXT NOT NULL            -- the merged event as JSON (sources, disputes, confidence, corrections)
);
CREATE INDEX incidents_date ON incidents (event_date);
CREATE INDEX incidents_type ON incidents (event_type, sub_event_type);
CREATE INDEX incidents_sub_type ON incidents (sub_event_type);
CREATE INDEX incidents_lat_lon ON incidents (latitude, longitude);
CREATE INDEX incidents_grade ON incidents (grade);

CREATE TABLE incident_reports (
  report_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  incident_id TEXT NOT NULL       -- every report id, and so every former incident id, resolves through here
);
CREATE INDEX incident_reports_incident ON incident_reports (incident_id);

CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_place_key ON events (place_key);

CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,             -- set | merge | split
  report_id TEXT NOT NULL,        -- the report the correction is anchored to
  other_report_id TEXT,           -- merge: a report of the other event; split: the report sent apart
  changes TEXT,                   -- set: JSON of the corrected fields
  author TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX corrections_report ON corrections (report_id);
CREATE INDEX corrections_other ON corrections (other_report_id);
`,
  },
  {
    // Reads at scale: the merged JSON moves to its own table, so scans for counts and facets read narrow rows;
    // an index serves the default order; search text (folded evidence, actors, place, sub-event type) is
    // indexed by trigrams so \`q\` is a substring search that needs no scan. Filled at write time; rows of an older
    // store are indexed on open (sqlite-store.ts).
    id: "003-read-paths",
    sql: `
CREATE TABLE incident_details (
  id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
  detail TEXT NOT NULL            -- the merged event as JSON (sources, disputes, confidence, corrections)
);
INSERT INTO incident_details (id, detail) SELECT id, detail FROM incidents;
ALTER TABLE incidents ADD COLUMN location_resolved INTEGER;   -- for summary reads (map and table) without the JSON
UPDATE incidents SET location_resolved = json_extract(detail, '$.location.resolved');
ALTER TABLE incidents DROP COLUMN detail;
CREATE INDEX incidents_date_order ON incidents (event_date IS NULL, event_date, id);
CREATE INDEX incidents_type_date ON incidents (event_type, event_date);
CREATE INDEX incidents_actor1 ON incidents (actor1);
CREATE INDEX incidents_actor2 ON incidents (actor2);
CREATE INDEX incidents_location ON incidents (location_name);
CREATE INDEX incidents_country ON incidents (country);
-- rowid = the incident's rowid in incidents
CREATE VIRTUAL TABLE incident_search USING fts5 (body, tokenize = 'trigram');
`,
  },
  {
    // GET /api/figures and \`sitrep figures --measure\` read one measure's figures in document order.
    // (PostgreSQL's 004 also indexes its search text by trigrams; SQLite's already is, by FTS5.)
    id: "004-read-indexes",
    sql: `
CREATE INDEX figures_measure ON figures (measure, document_id);
`,
  },
  {
    // Ingest speed: every index costs every insert, and no query uses these. Reads go to incidents, not to the
    // per-document reports, which are looked up by id and by the candidate search for merging, now an R*Tree
    // in days and space plus an index by place name (sqlite/event-boxes.ts; boxes of older reports are added on
    // open); mentions and problems are read by document (their *_document indexes, which ON DELETE CASCADE needs).
    id: "005-drop-unused-write-indexes",
    sql: `
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_sub_type;
DROP INDEX IF EXISTS place_mentions_gazetteer;
DROP INDEX IF EXISTS actor_mentions_name;
DROP INDEX IF EXISTS problems_kind;
-- Candidate search for merging (event-boxes.ts): an R*Tree of each report's days and point, and its place name.
CREATE VIRTUAL TABLE event_boxes USING rtree (id, min_day, max_day, min_lat, max_lat, min_lon, max_lon);
CREATE INDEX events_place_type_date ON events (place_key, event_type, event_date);
DROP INDEX IF EXISTS events_place_key;
DROP INDEX IF EXISTS events_lat_lon;
`,
  },
];

export function applyMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): string[] {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
  const done = new Set(db.prepare("SELECT id FROM schema_migrations").pluck().all() as string[]);
  const record = db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)");
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, new Date().toISOString());
    })();
    applied.push(migration.id);
  }
  return applied;
}
