// Throw-away schemas for tests on PostgreSQL: each call of `fresh()` names a new schema `sitrep_test_<random>`
// (the store creates it on open); `dropAll()` drops every one. The server is $SITREP_TEST_PG, else
// postgres://127.0.0.1:5432/test. Exports only; no tests of its own. An unreachable server is a failure, not a skip.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parsePostgresUrl } from "./connect.js";

export const TEST_PG_URL = process.env.SITREP_TEST_PG || "postgres://127.0.0.1:5432/test";

export function createTestSchemas(label = "test") {
  const schemas: string[] = [];
  return {
    /** A URL whose ?schema= is a new, empty schema. */
    fresh(): { url: string; schema: string } {
      const schema = `sitrep_${label}_${randomBytes(5).toString("hex")}`;
      schemas.push(schema);
      const url = new URL(TEST_PG_URL);
      url.searchParams.set("schema", schema);
      return { url: url.toString(), schema };
    },
    async dropAll(): Promise<void> {
      if (schemas.length === 0) return;
      const client = new pg.Client({ connectionString: parsePostgresUrl(TEST_PG_URL).connectionString });
      await client.connect();
      try {
        for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
