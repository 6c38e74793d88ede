// `GET /api/events?summary=1` (the stores' queryEventSummaries): each event as the few fields a map and a table need, so a page of 10,000 events
// is about a quarter of the full JSON (3 MB, not 12) (no sources, evidence or associated actors; GET /api/events/:id has them).
import type { EventSummary } from "../store/store.js";
import { ApiError } from "./api-error.js";

export type { EventSummary };

/** `1`/`true` or `0`/`false`; absent is false. */
export function parseFlag(name: string, value: string | null): boolean {
  if (value === null || value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new ApiError(400, `${name} must be 1 or 0 (true or false), got '${value}'`);
}
