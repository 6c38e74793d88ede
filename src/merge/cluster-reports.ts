// Reports to incidents: complete-link clustering under the "same incident" predicate, with an analyst's
// must-link and cannot-link constraints. Pairs are tried strongest first in a fixed order, and two groups
// join only if every report of one fits every report of the other in type, day and place, and more than
// half of those pairs also agree on the actors (so two rebel groups cannot be chained together through a
// report that names no actor, yet one report that mixes up attacker and target does not split an incident).
// The result depends only on the set of reports and constraints, never on the order they came in.
import { foldText } from "../store/search-keys.js";
import { dayRange, judgeSameIncident, type ReportKey } from "./same-incident.js";

export interface LinkConstraints {
  /** Pairs of report ids an analyst merged by hand. */
  mustLink: readonly (readonly [string, string])[];
  /** Pairs of report ids an analyst split apart. */
  cannotLink: readonly (readonly [string, string])[];
}

export const NO_CONSTRAINTS: LinkConstraints = { mustLink: [], cannotLink: [] };

/** Groups of report ids, each sorted, the groups sorted by their first (smallest) id: that id is the incident id. */
export function clusterReports(reports: readonly ReportKey[], constraints: LinkConstraints = NO_CONSTRAINTS): string[][] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const ids = [...byId.keys()].sort();
  const cannot = new Set(constraints.cannotLink.map(([a, b]) => pairKey(a, b)));
  const must = new Set(constraints.mustLink.map(([a, b]) => pairKey(a, b)));
  const parent = new Map(ids.map((id) => [id, id]));
  const members = new Map(ids.map((id) => [id, [id]]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const tryJoin = (a: string, b: string, forced: boolean) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const left = members.get(ra)!;
    const right = members.get(rb)!;
    let agreeing = 0;
    for (const x of left) {
      for (const y of right) {
        if (cannot.has(pairKey(x, y))) return;
        if (forced || must.has(pairKey(x, y))) {
          agreeing++;
          continue;
        }
        const verdict = judgeSameIncident(byId.get(x)!, byId.get(y)!);
        if (verdict.same) agreeing++;
        else if (verdict.reason !== "actors") return;
      }
    }
    // Type, day and place must fit every pair; actors only most pairs, since reports mix up who hit whom.
    if (2 * agreeing <= left.length * right.length) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    members.set(keep, [...members.get(keep)!, ...members.get(drop)!]);
    members.delete(drop);
  };
  for (const [a, b] of [...constraints.mustLink].map(([x, y]) => (x < y ? [x, y] : [y, x])).sort(comparePairs)) {
    if (byId.has(a) && byId.has(b)) tryJoin(a, b, true);
  }
  for (const { a, b } of candidatePairs(ids.map((id) => byId.get(id)!))) tryJoin(a, b, false);
  return [...members.values()].map((group) => [...group].sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

/**
 * Every pair the predicate accepts, strongest first, ties by ids: a total order, so the clustering is deterministic.
 * Only reports whose days overlap can pass (the predicate needs it), so pairs come from a sweep over day ranges.
 */
function candidatePairs(reports: readonly ReportKey[]): { a: string; b: string }[] {
  const dated = reports.flatMap((r) => {
    const range = dayRange(r);
    return range ? [{ r, start: range[0], end: range[1] }] : [];
  }).sort((x, y) => x.start - y.start);
  const pairs: { a: string; b: string; strength: number }[] = [];
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length && dated[j].start <= dated[i].end; j++) {
      const [x, y] = dated[i].r.id < dated[j].r.id ? [dated[i].r, dated[j].r] : [dated[j].r, dated[i].r];
      const verdict = judgeSameIncident(x, y);
      if (verdict.same) pairs.push({ a: x.id, b: y.id, strength: pairStrength(x, y, verdict.contested) });
    }
  }
  return pairs.sort((x, y) => y.strength - x.strength || comparePairs([x.a, x.b], [y.a, y.b]));
}

/** How much two reports agree beyond the predicate: same sub-event, same named actors, same place name, exact days. */
export function pairStrength(a: ReportKey, b: ReportKey, contested: boolean): number {
  let s = 0;
  if (a.sub_event_type === b.sub_event_type) s += 8;
  if (!contested && a.actor1 !== null && a.actor1 === b.actor1) s += 4;
  if (a.location && b.location && foldText(a.location.name) === foldText(b.location.name)) s += 2;
  if (a.time_precision === 1 && b.time_precision === 1) s += 1;
  return s;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function comparePairs(x: readonly [string, string] | string[], y: readonly [string, string] | string[]): number {
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
}
