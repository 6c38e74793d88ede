// Maintenance of a PostgreSQL store for `sitrep db`: migrations applied or pending, rows per table, queue
// state, and VACUUM (ANALYZE) of every table of the schema.
import type { DatabaseStatus } from "../admin/database-status.js";
import { countJobs } from "../../queue/job-queue.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";
import type { PostgresStore } from "./postgres-store.js";

export async function listTables(store: PostgresStore): Promise<string[]> {
  const { rows } = await store.pool.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`);
  return rows.map((r) => r.table_name);
}

export async function postgresStatus(store: PostgresStore): Promise<DatabaseStatus> {
  const applied = (await store.pool.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY applied_at, id")).rows.map((r) => r.id);
  const tables = (await listTables(store)).filter((t) => t !== "schema_migrations");
  const counts = await Promise.all(tables.map(async (t) => [t, (await store.pool.query<{ n: number }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n]));
  return {
    backend: "postgres", location: store.target.redacted, applied,
    pending: POSTGRES_MIGRATIONS.map((m) => m.id).filter((id) => !applied.includes(id)),
    tables: Object.fromEntries(counts), queue: await countJobs(store.pool),
  };
}

/** VACUUM cannot run inside a transaction: each table on its own, on the pool. */
export async function postgresVacuum(store: PostgresStore): Promise<string[]> {
  const tables = await listTables(store);
  for (const t of tables) await store.pool.query(`VACUUM (ANALYZE) "${t}"`);
  return tables;
}
