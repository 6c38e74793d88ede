// Stored events as an aligned, readable table for a terminal: date, type / sub-type, actors, location,
// fatalities (low-high), first source (+ how many more).
import type { StoredEvent } from "../store/store.js";

const HEADERS = ["date", "type / sub-type", "actors", "location", "fatalities", "source"] as const;
const MAX_WIDTH = [10, 44, 48, 28, 10, 32];

export function toTextTable(events: readonly StoredEvent[]): string {
  const rows = events.map(toCells);
  const widths = HEADERS.map((h, i) => Math.min(MAX_WIDTH[i], Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: readonly string[]) => cells.map((c, i) => fit(c, widths[i])).join("  ").trimEnd() + "\n";
  return line(HEADERS) + line(widths.map((w) => "-".repeat(w))) + rows.map(line).join("");
}

function toCells(e: StoredEvent): string[] {
  const actors = [e.actor1, ...e.assoc_actor_1, e.actor2, ...e.assoc_actor_2].filter(Boolean).join(" / ");
  const loc = e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}` : "?";
  const first = e.sources[0];
  return [
    e.event_date ?? "no date",
    `${e.event_type} / ${e.sub_event_type}`,
    actors || "-",
    loc,
    toFatalities(e.fatalities),
    first ? `${first.publisher ?? first.title ?? first.url ?? first.path ?? first.document_id.slice(0, 12)}${e.sources.length > 1 ? ` +${e.sources.length - 1}` : ""}` : "-",
  ];
}

function toFatalities(f: StoredEvent["fatalities"]): string {
  if (f.low === null && f.high === null) return "?";
  if (f.high === null || f.high === f.low) return String(f.low ?? f.high);
  return `${f.low ?? "?"}-${f.high}`;
}

/** Pads to `width`, or cuts with an ellipsis. Counts UTF-16 units, which is close enough for a terminal. */
function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > width ? flat.slice(0, width - 1) + "…" : flat.padEnd(width);
}
