// Connecting to PostgreSQL: a postgres:// URL to a pool whose connections all use one schema (the URL's
// `?schema=NAME`, else the server's default search_path), with bigint counts read as numbers.
import { userInfo } from "node:os";
import pg from "pg";

export interface PostgresTarget {
  /** The URL without our own `schema` parameter, as the driver takes it. */
  connectionString: string;
  /** Set as search_path on every connection; null keeps the server's default ("public"). */
  schema: string | null;
  /** For messages: the URL without its password. */
  redacted: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, (_m, auth: string) => `//${auth.includes(":") ? `${auth.split(":")[0]}:***` : auth}@`);
}

export function parsePostgresUrl(url: string, options: { schema?: string } = {}): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(`expected a URL like postgres://user@host:5432/db, got '${redactUrl(url)}'`, { cause: error });
  }
  const schema = options.schema ?? parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  // As psql does: no user in the URL or $PGUSER means the operating-system user.
  if (!parsed.username && !process.env.PGUSER) parsed.username = userInfo().username;
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`a schema name must be lower-case letters, digits and _ (at most 63), got '${schema}'`);
  }
  return { connectionString: parsed.toString(), schema, redacted: redactUrl(url) };
}

/** bigint (oid 20: count(*), identity columns) as a JS number; every count here stays far below 2^53. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

export function createPool(target: PostgresTarget, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: options.max ?? 4,
    types,
    connectionTimeoutMillis: 10_000,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // An idle connection the server drops (restart, admin kill) must not crash the process.
  pool.on("error", () => undefined);
  return pool;
}

export type Queryable = pg.Pool | pg.PoolClient;

/** `?` placeholders (the SQLite spelling) to `$1, $2, ...`; the SQL here has no `?` inside string literals. */
export function toPositional(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
