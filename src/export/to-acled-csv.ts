// Stored events as ACLED's CSV: its 31 columns in its order, one row per event. The single fatality figure
// is the low (conservative) one; cells that a spreadsheet would run as a formula get a leading apostrophe.
import { stringify } from "csv-stringify/sync";
import type { EventSource, StoredEvent } from "../store/store.js";
import { toAlpha3, toIsoNumeric } from "./country-codes.js";
import { toDisorderType } from "./disorder-type.js";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;

export function toAcledRow(event: StoredEvent): AcledRow {
  const loc = event.location;
  const country = loc?.country ?? null;
  const tags = [
    ...(event.fatalities.low === null ? ["fatalities not reported"] : []),
    ...(event.attributed_to.length > 0 ? [`claimed by: ${event.attributed_to.join(", ")}`] : []),
    ...(event.confidence ? [`confidence: ${event.confidence.grade} (${event.confidence.independent_sources} independent of ${event.confidence.sources} sources)`] : []),
    ...(event.disputes ?? []).map((d) => `disputed ${d}`),
  ];
  return {
    event_id_cnty: `${toAlpha3(country) ?? ""}${event.id}`,
    event_date: event.event_date ?? "",
    year: event.event_date?.slice(0, 4) ?? "",
    time_precision: event.time_precision ?? "",
    disorder_type: toDisorderType(event),
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1 ?? "",
    assoc_actor_1: event.assoc_actor_1.join("; "),
    inter1: event.inter1 ?? "",
    actor2: event.actor2 ?? "",
    assoc_actor_2: event.assoc_actor_2.join("; "),
    inter2: event.inter2 ?? "",
    interaction: event.interaction ?? "",
    civilian_targeting: event.civilian_targeting ? "Civilian targeting" : "",
    iso: loc?.iso ?? toIsoNumeric(country) ?? "",
    region: "",
    country: country ?? "",
    admin1: loc?.admin1 ?? "",
    admin2: "",
    admin3: "",
    location: loc?.name ?? "",
    latitude: loc?.latitude ?? "",
    longitude: loc?.longitude ?? "",
    geo_precision: loc?.geo_precision ?? "",
    source: sourceNames(event.sources).join("; "),
    source_scale: "",
    notes: event.evidence.map((e) => e.text).join(" "),
    fatalities: event.fatalities.low ?? 0,
    tags: tags.join("; "),
    timestamp: Math.floor(Date.parse(event.stored_at) / 1000),
  };
}

/** One CSV chunk; pass `header: true` for the first. */
export function toAcledCsv(events: readonly StoredEvent[], options: { header: boolean }): string {
  const rows = events.map((e) => ACLED_COLUMNS.map((c) => guardFormula(toAcledRow(e)[c])));
  return stringify(options.header ? [[...ACLED_COLUMNS], ...rows] : rows, { eof: true });
}

/** A text cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: prefix an apostrophe. */
export function guardFormula(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function sourceNames(sources: readonly EventSource[]): string[] {
  const names = sources.map((s) => s.publisher ?? s.title ?? s.url ?? s.path ?? s.document_id);
  return [...new Set(names)];
}
