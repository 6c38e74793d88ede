// Maintenance of the embedded store for `sitrep db`: which migrations are applied or pending, rows per table,
// and compaction (checkpoint the WAL, VACUUM, refresh the planner's statistics).
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { MIGRATIONS } from "../sqlite/migrations.js";
import type { DatabaseStatus } from "./database-status.js";

export function sqliteStatus(path: string): DatabaseStatus {
  const db = openExisting(path, { readonly: true });
  try {
    const hasLedger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    const applied = hasLedger ? (db.prepare("SELECT id FROM schema_migrations ORDER BY rowid").pluck().all() as string[]) : [];
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'
      ORDER BY name`).pluck().all() as string[];
    return {
      backend: "sqlite", location: path, applied,
      pending: MIGRATIONS.map((m) => m.id).filter((id) => !applied.includes(id)),
      tables: Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number])),
      queue: null,
    };
  } finally {
    db.close();
  }
}

export function sqliteVacuum(path: string): void {
  const db = openExisting(path, { readonly: false });
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.exec("VACUUM");
    db.pragma("optimize");
  } finally {
    db.close();
  }
}

/** Status and vacuum look at a store; they never create one (a typo in --db would otherwise make an empty file). */
function openExisting(path: string, options: { readonly: boolean }): Database.Database {
  if (path !== ":memory:" && !existsSync(path)) {
    throw new Error(`no embedded database at '${path}' (expected a file made by sitrep; 'sitrep db migrate --db ${path}' creates one)`);
  }
  return new Database(path, { readonly: options.readonly, fileMustExist: true });
}
