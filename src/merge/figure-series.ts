// Figures as series: the same measure at the same place across documents, each point with its date and
// claimant, in date order; where two points of the same period (the same month) differ by more than a tenth,
// the series says so instead of silently keeping one.
import { foldText } from "../store/search-keys.js";
import type { StoredFigure } from "../store/store.js";

export interface SeriesPoint {
  value: number;
  qualifier: string | null;
  /** The figure's own date, else its document's publication date; null when neither is known. */
  date: string | null;
  date_from: "figure" | "published" | null;
  claimant: string | null;
  source: string;
  document_id: string;
  evidence: string;
}

export interface FigureSeries {
  measure: string;
  place: string;
  points: SeriesPoint[];
  /** Same-period points that differ materially, in words. */
  contradictions: string[];
}

/** Differences above this share of the larger figure are material. */
export const MATERIAL_DIFFERENCE = 0.1;

export function toFigureSeries(figures: readonly StoredFigure[]): FigureSeries[] {
  const groups = new Map<string, StoredFigure[]>();
  for (const f of figures) {
    if (!f.place) continue;
    const key = `${f.measure}\u0000${foldText(f.place)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const points = group.map(toPoint).sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.value - b.value || a.document_id.localeCompare(b.document_id));
    return { measure: group[0].measure, place: group[0].place!, points, contradictions: findContradictions(points) };
  }).sort((a, b) => a.measure.localeCompare(b.measure) || a.place.localeCompare(b.place));
}

function toPoint(f: StoredFigure): SeriesPoint {
  const date = f.date ?? f.published;
  return {
    value: f.value, qualifier: f.qualifier, date, date_from: f.date ? "figure" : f.published ? "published" : null,
    claimant: f.attributed_to, source: f.publisher ?? f.title ?? f.url ?? f.path ?? f.document_id.slice(0, 12),
    document_id: f.document_id, evidence: f.evidence.text,
  };
}

function findContradictions(points: readonly SeriesPoint[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i], points[j]];
      if (!a.date || !b.date || a.date.slice(0, 7) !== b.date.slice(0, 7) || a.document_id === b.document_id) continue;
      if (Math.abs(a.value - b.value) > MATERIAL_DIFFERENCE * Math.max(a.value, b.value)) {
        lines.push(`${a.date.slice(0, 7)}: ${a.value} (${a.source}) vs ${b.value} (${b.source})`);
      }
    }
  }
  return lines;
}
