// `sitrep db migrate|status|vacuum [--db PATH|postgres://...]` and `sitrep db copy --from FILE.db --to postgres://...`:
// maintenance of either backend. Backups: src/store/README.md.
import { isPostgresUrl } from "../store/postgres/connect.js";
import { openStore } from "../store/store.js";
import { DATABASE_RULE, resolveDatabaseUrl } from "../store/admin/resolve-database-url.js";
import type { DatabaseStatus } from "../store/admin/database-status.js";
import { parseCommandArgs, runCommand, UsageError } from "./cli-args.js";

const USAGE = `Usage: sitrep db migrate [--db PATH|URL]     apply pending migrations (opening a store does this too)
       sitrep db status  [--db PATH|URL] [--json]  migrations, rows per table, queue state
       sitrep db vacuum  [--db PATH|URL]     compact and refresh statistics (SQLite VACUUM; PostgreSQL VACUUM ANALYZE)
       sitrep db copy --from FILE.db --to postgres://...   copy an embedded store into an empty PostgreSQL one
The database: ${DATABASE_RULE}; a SQLite path or a postgres:// URL (optionally ?schema=NAME).
Backups: pg_dump for PostgreSQL; SQLite's .backup, or a copy of the file while no sitrep runs (README, Backups).
`;

export async function runDb(args: string[]): Promise<number> {
  return runCommand("db", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: "string" }, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    const [action, ...extra] = positionals;
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (extra.length > 0) throw new UsageError(`unexpected arguments after '${action}': ${extra.join(" ")}`);
    const url = resolveDatabaseUrl(values.db);
    switch (action) {
      case "migrate": return migrate(url);
      case "status": return status(url, !!values.json);
      case "vacuum": return vacuum(url);
      case "copy": return copy(values.from, values.to);
      default: throw new UsageError(`expected migrate, status, vacuum or copy, got '${action ?? ""}'`);
    }
  });
}

async function migrate(url: string): Promise<number> {
  const store = await openStore(url);
  await store.close();
  return status(url, false);
}

async function status(url: string, json: boolean): Promise<number> {
  const report = await readStatus(url);
  if (json) {
    process.stdout.write(JSON.stringify(report) + "\n");
    return 0;
  }
  const lines = [`${report.backend} ${report.location}`,
    `migrations applied: ${report.applied.join(", ") || "none"}`, `migrations pending: ${report.pending.join(", ") || "none"}`,
    ...Object.entries(report.tables).map(([t, n]) => `  ${t.padEnd(20)} ${String(n).padStart(9)}`)];
  if (report.queue) lines.push(`queue: ${Object.entries(report.queue).map(([s, n]) => `${n} ${s}`).join(", ")}`);
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

async function readStatus(url: string): Promise<DatabaseStatus> {
  if (!isPostgresUrl(url)) return (await import("../store/admin/sqlite-admin.js")).sqliteStatus(url);
  const { openPostgresStore } = await import("../store/postgres/postgres-store.js");
  const { postgresStatus } = await import("../store/postgres/postgres-admin.js");
  const store = await openPostgresStore(url);
  try {
    return await postgresStatus(store);
  } finally {
    await store.close();
  }
}

async function vacuum(url: string): Promise<number> {
  if (!isPostgresUrl(url)) {
    (await import("../store/admin/sqlite-admin.js")).sqliteVacuum(url);
    process.stderr.write(`sitrep db: vacuumed ${url}\n`);
    return 0;
  }
  const { openPostgresStore } = await import("../store/postgres/postgres-store.js");
  const { postgresVacuum } = await import("../store/postgres/postgres-admin.js");
  const store = await openPostgresStore(url);
  try {
    const tables = await postgresVacuum(store);
    process.stderr.write(`sitrep db: vacuumed ${tables.length} tables of ${store.target.redacted}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function copy(from: string | undefined, to: string | undefined): Promise<number> {
  if (!from || isPostgresUrl(from)) throw new UsageError(`--from must be a SQLite file, got '${from ?? ""}'`);
  if (!to || !isPostgresUrl(to)) throw new UsageError(`--to must be a postgres:// URL, got '${to ?? ""}'`);
  // Opening the source as a store first brings it to the current schema.
  await (await openStore(from)).close();
  const { openPostgresStore } = await import("../store/postgres/postgres-store.js");
  const { copySqliteToPostgres } = await import("../store/postgres/copy-from-sqlite.js");
  const store = await openPostgresStore(to);
  try {
    const report = await copySqliteToPostgres(from, store, { onTable: (t, n) => process.stderr.write(`sitrep db: copied ${n} rows of ${t}\n`) });
    if (report.skipped.length > 0) process.stderr.write(`sitrep db: not copied (no such table in PostgreSQL): ${report.skipped.join(", ")}\n`);
    process.stderr.write(`sitrep db: copied ${from} to ${store.target.redacted}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
