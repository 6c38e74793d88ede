// Advisory locks that let concurrent transactions (workers, analysts' corrections) re-cluster incidents without
// deadlocks or lost reports. A report locks a bucket per (event type, month) for every month within
// MAX_DAY_WINDOW days of its date: two reports the predicate may join share a bucket, so transactions whose
// components touch are serialised, and the one that waited sees the other's reports once it holds the lock.
// Locks are taken in key order; a key below one already held (a component that grew) is only tried, and a
// transaction that cannot have it at once is rolled back and retried (transaction.ts), so no wait can cycle.
// Every re-clustering also holds one lock shared, taken first, that clustering a whole store takes exclusive.
import type pg from "pg";
import { MAX_DAY_WINDOW } from "../../merge/same-incident.js";
import { RetryableConflictError } from "./transaction.js";

const DAY_MS = 86_400_000;

/** The buckets a report locks: its type with each month its candidate window touches ("undated" without a date). */
export function toLockKeys(report: { event_type: string; event_date: string | null }): string[] {
  const day = report.event_date ? Date.parse(`${report.event_date}T00:00:00Z`) : NaN;
  if (!Number.isFinite(day)) return [`${report.event_type}|undated`];
  const keys: string[] = [];
  const last = new Date(day + MAX_DAY_WINDOW * DAY_MS).toISOString().slice(0, 7);
  for (let at = new Date(day - MAX_DAY_WINDOW * DAY_MS); ; at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))) {
    const month = at.toISOString().slice(0, 7);
    keys.push(`${report.event_type}|${month}`);
    if (month >= last) return keys;
  }
}

// Keyed by schema too: advisory locks are database-wide, and each store (and each test) may have its own schema.
const LOCK = "pg_advisory_xact_lock(hashtextextended(coalesce(current_schema(), '') || '|sitrep-incidents|' || k, 0))";
const TRY_LOCK = `pg_try_${LOCK.slice("pg_".length)}`;
const ALL = "hashtextextended(coalesce(current_schema(), '') || '|sitrep-incidents-all', 0)";

/** Every bucket at once (cluster-all.ts): waits until no re-clustering runs, and keeps new ones waiting until commit. */
export async function lockAllBuckets(client: pg.ClientBase): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(${ALL})`);
}

export interface BucketLocks {
  /** Takes the buckets not held yet (held until the transaction ends); returns whether any was new. */
  lock(keys: Iterable<string>): Promise<boolean>;
}

export function createBucketLocks(client: pg.ClientBase): BucketLocks {
  const held = new Set<string>();
  let highest = "";
  return {
    async lock(keys) {
      const wanted = [...new Set(keys)].filter((k) => !held.has(k)).sort();
      if (wanted.length === 0) return false;
      const below = wanted.filter((k) => k < highest);
      const above = wanted.filter((k) => k > highest);
      if (below.length > 0) {
        const { rows: [{ ok }] } = await client.query<{ ok: boolean }>(`SELECT bool_and(${TRY_LOCK}) AS ok FROM unnest($1::text[]) AS k`, [below]);
        if (!ok) throw new RetryableConflictError(`re-clustering: incident buckets ${below.join(", ")} are held by another transaction`);
      }
      // unnest yields in array order, so the locks are taken in key order, after the shared one on the first call.
      if (held.size === 0) await client.query(`SELECT pg_advisory_xact_lock_shared(${ALL})`);
      if (above.length > 0) await client.query(`SELECT ${LOCK} FROM unnest($1::text[]) AS k`, [above]);
      for (const k of wanted) held.add(k);
      highest = wanted[wanted.length - 1] > highest ? wanted[wanted.length - 1] : highest;
      return true;
    },
  };
}
