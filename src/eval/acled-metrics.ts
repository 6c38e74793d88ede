// The measures the ACLED evaluation needs: ACLED dates, distance on the globe, weighted F1.

const MONTHS: Record<string, string> = {
  jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12",
};

/** "02-Nov-19" (ACLED exports), "2 November 2019" or "2019-11-02" to "2019-11-02"; null when unreadable. */
export function parseAcledDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = /^(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*[- ](\d{2}|\d{4})$/.exec(v);
  if (!m) return null;
  const month = MONTHS[m[2].toLowerCase()];
  if (!month) return null;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${month}-${m[1].padStart(2, "0")}`;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** F1 per gold class, weighted by how often the class occurs in the gold (the CASE 2021 measure). */
export function weightedF1(pairs: readonly { gold: string; predicted: string }[]): number {
  if (pairs.length === 0) return 0;
  const classes = new Set(pairs.map((p) => p.gold));
  let total = 0;
  for (const c of classes) {
    const tp = pairs.filter((p) => p.gold === c && p.predicted === c).length;
    const goldN = pairs.filter((p) => p.gold === c).length;
    const predN = pairs.filter((p) => p.predicted === c).length;
    const precision = predN ? tp / predN : 0;
    const recall = goldN ? tp / goldN : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    total += f1 * goldN;
  }
  return total / pairs.length;
}
