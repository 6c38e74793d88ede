// Fatalities across sources (UCDP's low / best / high; ACLED exports the low):
//   low  = the most conservative figure any source gave (the smallest low);
//   high = the largest figure any source gave;
//   best = the median of the sources' best figures (the lower middle one when there is an even number),
//          so one outlying report moves neither end of the estimate alone.
// A report's own missing parts fall back: best to low, high to best; a report with no figure takes no part.
import type { Fatalities } from "../types.js";

export function mergeFatalities(figures: readonly Fatalities[]): Fatalities {
  const given = figures.map(normalize).filter((f): f is { low: number; best: number; high: number } => f !== null);
  if (given.length === 0) return { low: null, best: null, high: null };
  const bests = given.map((f) => f.best).sort((a, b) => a - b);
  return {
    low: Math.min(...given.map((f) => f.low)),
    best: bests[Math.floor((bests.length - 1) / 2)],
    high: Math.max(...given.map((f) => f.high)),
  };
}

function normalize(f: Fatalities): { low: number; best: number; high: number } | null {
  const low = f.low ?? f.best ?? f.high;
  if (low === null) return null;
  const best = f.best ?? low;
  return { low, best, high: Math.max(f.high ?? best, best) };
}

/** "12", "12-15" or "?" for a report's figure, for dispute notes. */
export function formatFatalities(f: Fatalities): string {
  const n = normalize(f);
  if (!n) return "?";
  return n.low === n.high ? String(n.low) : `${n.low}-${n.high}`;
}
