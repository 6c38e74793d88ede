// The benchmark's table: each figure beside its target and whether it meets it. Figures are printed, never asserted.

export interface Row {
  measure: string;
  value: number;
  unit: string;
  target: { op: ">=" | "<="; value: number } | null;
  note?: string;
}

export function toTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.measure,
    `${format(r.value)} ${r.unit}`,
    r.target ? `${r.target.op} ${format(r.target.value)} ${r.unit}` : "",
    r.target ? (meets(r) ? "ok" : "MISSED") : "",
    r.note ?? "",
  ]);
  const header = ["measure", "figure", "target", "", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

function meets(row: Row): boolean {
  if (!row.target) return true;
  return row.target.op === ">=" ? row.value >= row.target.value : row.value <= row.target.value;
}

function format(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
