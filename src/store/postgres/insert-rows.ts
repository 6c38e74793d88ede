// Multi-row INSERTs for the PostgreSQL store: as few statements as the parameter limit allows.
import type pg from "pg";

export type Value = string | number | null;

/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 30_000;

/** Multi-row INSERT in as few statements as the parameter limit allows; returns the rows of any RETURNING. */
export async function insertRows(client: pg.ClientBase | pg.Pool, table: string, columns: readonly string[], rows: readonly Value[][],
  suffix = ""): Promise<Record<string, unknown>[]> {
  const returned: Record<string, unknown>[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const tuples = chunk.map((_, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
    const result = await client.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")} ${suffix}`, chunk.flat());
    returned.push(...result.rows);
  }
  return returned;
}
