// `sitrep db copy --from sitrep.db --to postgres://...`: every row of an embedded store into an empty
// PostgreSQL store, in one transaction (all or nothing). Tables go in the order SQLite created them (so a row's
// foreign keys are already there), rows in rowid order (so event sources keep their order), with their ids;
// identity sequences are moved past the copied ids afterwards. SQLite's full-text table (incident_search) has no
// twin here: the search text of the copied incidents is made afresh (incidents.ts).
import Database from "better-sqlite3";
import { indexUnsearchedIn } from "./incidents.js";
import { insertRows } from "./insert-rows.js";
import type { PostgresStore } from "./postgres-store.js";

export interface CopyReport {
  tables: Record<string, number>;
  /** Tables of the source that the target has no place for (a newer SQLite schema): not copied. */
  skipped: string[];
}

const BATCH = 1000;

export async function copySqliteToPostgres(sqlitePath: string, store: PostgresStore, options: { onTable?: (table: string, rows: number) => void } = {}): Promise<CopyReport> {
  const source = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const sourceMigrations = source.prepare("SELECT id FROM schema_migrations").pluck().all() as string[];
    const targetMigrations = new Set((await store.pool.query<{ id: string }>("SELECT id FROM schema_migrations")).rows.map((r) => r.id));
    const unknown = sourceMigrations.filter((id) => !targetMigrations.has(id));
    if (unknown.length > 0) {
      throw new Error(`the SQLite store has migrations the PostgreSQL schema lacks (${unknown.join(", ")}): update sitrep's PostgreSQL migrations first`);
    }
    // Tables a migration reshaped (002, 003 move columns) copy only between the same shapes: the SQLite store must be as new.
    const behind = [...targetMigrations].filter((id) => !id.startsWith("pg-") && !sourceMigrations.includes(id));
    if (behind.length > 0) {
      throw new Error(`the SQLite store lacks migrations ${behind.join(", ")}: open it once with this sitrep (sitrep db migrate --db ${sqlitePath}), then copy`);
    }
    const tables = source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
      AND name <> 'schema_migrations' ORDER BY rowid`).pluck().all() as string[];
    const report: CopyReport = { tables: {}, skipped: [] };
    await store.transaction(async (client) => {
      const targetColumns = await columnsByTable(client);
      const { rows: [{ n: documents }] } = await client.query<{ n: number }>("SELECT count(*) AS n FROM documents");
      if (documents > 0) throw new Error(`the PostgreSQL store at '${store.target.redacted}' already holds ${documents} documents; copy into an empty one`);
      for (const table of tables) {
        const target = targetColumns.get(table);
        if (!target) {
          report.skipped.push(table);
          continue;
        }
        const columns = (source.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name).filter((c) => target.has(c));
        const rows = source.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}" ORDER BY rowid`).raw().iterate() as IterableIterator<(string | number | null)[]>;
        let batch: (string | number | null)[][] = [];
        let copied = 0;
        for (const row of rows) {
          batch.push(row);
          if (batch.length === BATCH) {
            await insertRows(client, table, columns, batch);
            copied += batch.length;
            batch = [];
          }
        }
        await insertRows(client, table, columns, batch);
        copied += batch.length;
        report.tables[table] = copied;
        options.onTable?.(table, copied);
      }
      // Identity columns given explicit ids: move each sequence past the largest copied id.
      const { rows: identities } = await client.query<{ table_name: string; column_name: string }>(`SELECT table_name, column_name
        FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'`);
      for (const { table_name: t, column_name: c } of identities) {
        await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max("${c}") FROM "${t}"), 0) + 1, false)`, [t, c]);
      }
      await indexUnsearchedIn(client);
    });
    return report;
  } finally {
    source.close();
  }
}

async function columnsByTable(client: import("pg").PoolClient): Promise<Map<string, Set<string>>> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(`SELECT table_name, column_name
    FROM information_schema.columns WHERE table_schema = current_schema()`);
  const map = new Map<string, Set<string>>();
  for (const r of rows) map.set(r.table_name, (map.get(r.table_name) ?? new Set()).add(r.column_name));
  return map;
}
