// The lists' CSV and GeoJSON twins (issue 6: every list is also CSV and GeoJSON for the current filter): rows
// to RFC 4180 CSV with spreadsheet formulas defused as in the ACLED export, and places to an RFC 7946
// FeatureCollection (places without a point are left out of the GeoJSON, kept in the CSV).
import { stringify } from "csv-stringify/sync";
import { guardFormula } from "../export/to-acled-csv.js";

export type Cell = string | number | boolean | null;

export function toCsv(columns: readonly string[], rows: readonly Cell[][]): string {
  const guarded = rows.map((row) => row.map((cell) => (cell === null ? "" : typeof cell === "boolean" ? String(cell) : guardFormula(cell))));
  return stringify(guarded, { header: true, columns: [...columns] });
}

export interface PointRow {
  latitude: number | null;
  longitude: number | null;
  properties: Record<string, unknown>;
}

export function toFeatureCollection(rows: readonly PointRow[]): object {
  return {
    type: "FeatureCollection",
    features: rows.filter((r) => r.latitude !== null && r.longitude !== null).map((r) => ({
      type: "Feature", geometry: { type: "Point", coordinates: [r.longitude, r.latitude] }, properties: r.properties,
    })),
  };
}

export function attachment(filename: string, contentType: string): Record<string, string> {
  return { "Content-Type": `${contentType}; charset=utf-8`, "Content-Disposition": `attachment; filename="${filename}"` };
}
