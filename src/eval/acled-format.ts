// The ACLED evaluation as a text table: overall and per country, then the sub-event confusion and speed.
import type { AcledReport } from "./acled-eval.js";
import type { AcledScores } from "./acled-score.js";

const TARGETS: Partial<Record<keyof AcledScores, number>> = {
  event_type: 0.93, sub_event_f1: 0.86, actor1: 0.85, actor2: 0.75, date: 0.98, fatalities: 0.92, location25: 0.8,
};
const COLUMNS: (keyof AcledScores)[] = ["event_type", "sub_event_type", "sub_event_f1", "actor1", "actor2", "date", "location25", "fatalities"];

const pct = (x: number) => x.toFixed(3);

function line(label: string, s: AcledScores): string {
  const cells = COLUMNS.map((c) => pct(s[c] as number).padStart(Math.max(8, c.length)));
  return `${label.padEnd(14)} ${String(s.n).padStart(5)} ${String(s.coded).padStart(5)} ${cells.join(" ")} ${String(s.gazetteerGaps).padStart(4)}/${s.locationMisses}`;
}

export function formatAcledReport(report: AcledReport): string {
  const header = `${"country".padEnd(14)} ${"rows".padStart(5)} ${"coded".padStart(5)} ${COLUMNS.map((c) => c.padStart(Math.max(8, c.length))).join(" ")} gaz-gaps/loc-misses`;
  const target = `${"target".padEnd(14)} ${"".padStart(11)} ${COLUMNS.map((c) => (TARGETS[c] !== undefined ? pct(TARGETS[c] as number) : "").padStart(Math.max(8, c.length))).join(" ")}`;
  const out = [header, ...Object.entries(report.byCountry).map(([c, s]) => line(c, s)), line("ALL", report.overall), target, ""];
  out.push("sub-event confusion (gold -> predicted: count), largest errors first:");
  const errors = Object.entries(report.confusion).flatMap(([gold, row]) =>
    Object.entries(row).filter(([p]) => p !== gold).map(([p, n]) => ({ gold, p, n })));
  errors.sort((a, b) => b.n - a.n);
  for (const e of errors.slice(0, 25)) out.push(`  ${String(e.n).padStart(4)}  ${e.gold} -> ${e.p}`);
  out.push("", `speed: ${report.notesPerSecond.toFixed(0)} notes/s (${report.seconds.toFixed(2)} s in extract); ` +
    `${report.notesPerCpuSecond.toFixed(0)} notes per CPU second (${report.cpuSeconds.toFixed(2)} s CPU of the whole process: GC threads and warm-up included)`);
  return out.join("\n");
}
