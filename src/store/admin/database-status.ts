// What `sitrep db status` reports, the same shape for both backends.
import type { QueueCounts } from "../../queue/job-queue.js";

export interface DatabaseStatus {
  backend: "sqlite" | "postgres";
  /** A path, or the URL without its password. */
  location: string;
  applied: string[];
  pending: string[];
  /** Rows per table. */
  tables: Record<string, number>;
  /** Jobs by state; null on SQLite (no queue there). */
  queue: QueueCounts | null;
}
