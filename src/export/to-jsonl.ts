// Stored events as JSON Lines: the contract's event shape plus `sources` and `stored_at`.
import type { StoredEvent } from "../store/store.js";

export function toJsonl(events: readonly StoredEvent[]): string {
  return events.map((e) => JSON.stringify(e) + "\n").join("");
}
