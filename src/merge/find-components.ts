// The connected components of reports under the "same incident" predicate and analysts' must-links, all at
// once and in memory: for clustering a whole store (a database from before incidents existed). Reports are
// bucketed by event type and by every day their date can mean, so only reports whose days overlap are ever
// compared (the predicate needs that), and the work grows with the reports, not with their square.
import { dayRange, isSameIncident, type ReportKey } from "./same-incident.js";

/** Groups of report ids, each sorted, the groups sorted by their first id. */
export function findComponents(reports: readonly ReportKey[], mustLink: readonly (readonly [string, string])[] = []): string[][] {
  const parent = new Map(reports.map((r) => [r.id, r.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const [a, b] of mustLink) if (parent.has(a) && parent.has(b)) join(a, b);

  const ranges = new Map<string, [number, number]>();
  const buckets = new Map<string, ReportKey[]>();
  for (const r of reports) {
    const range = dayRange(r);
    if (!range) continue;
    ranges.set(r.id, range);
    for (let day = range[0]; day <= range[1]; day++) {
      const key = `${r.event_type}\u0000${day}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r);
      else buckets.set(key, [r]);
    }
  }
  for (const [key, bucket] of buckets) {
    const day = Number(key.slice(key.indexOf("\u0000") + 1));
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i], bucket[j]];
        // Each pair once: on the first day both ranges cover.
        if (Math.max(ranges.get(a.id)![0], ranges.get(b.id)![0]) !== day) continue;
        if (find(a.id) !== find(b.id) && isSameIncident(a, b)) join(a.id, b.id);
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const r of reports) {
    const root = find(r.id);
    const group = groups.get(root);
    if (group) group.push(r.id);
    else groups.set(root, [r.id]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}
