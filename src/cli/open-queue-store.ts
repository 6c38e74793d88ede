// The store a queue command works on: --db, else $DATABASE_URL, else $SITREP_DB; it must be PostgreSQL,
// because the queue lives there (src/queue/README.md).
import { isPostgresUrl } from "../store/postgres/connect.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import { UsageError } from "./cli-args.js";

export function resolveQueueUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag ?? (env.DATABASE_URL || env.SITREP_DB || "");
  if (!isPostgresUrl(url)) {
    throw new UsageError(`the job queue lives in PostgreSQL: give --db postgres://HOST/DB or set DATABASE_URL${url ? `, got '${url}'` : ""}`);
  }
  return url;
}

export async function openQueueStore(flag: string | undefined, options: { connections?: number } = {}): Promise<PostgresStore> {
  const { openPostgresStore } = await import("../store/postgres/postgres-store.js");
  return openPostgresStore(resolveQueueUrl(flag), options);
}
