// Table-driven tests of the "same incident" predicate and the clustering, in an invented world (Gondor, Mordor).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clusterReports } from "../../src/merge/cluster-reports.js";
import { mergeFatalities } from "../../src/merge/merge-fatalities.js";
import { judgeSameIncident, type ReportKey } from "../../src/merge/same-incident.js";

const OSGILIATH = { name: "Osgiliath", latitude: 36.2, longitude: 37.16, geo_precision: 1 as const, admin1: null, country: "Gondor", iso: null, resolved: true };

export function r(id: string, over: Partial<ReportKey> = {}): ReportKey {
  return {
    id, event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", event_date: "2016-08-16", time_precision: 1,
    actor1: "Military Forces of Mordor", actor2: "Rangers of Arnor", inter1: 8, location: OSGILIATH, ...over,
  };
}

const CASES: [string, Partial<ReportKey>, Partial<ReportKey>, boolean | "contested"][] = [
  ["identical reports", {}, {}, true],
  ["place spelt in another case", {}, { location: { ...OSGILIATH, name: "OSGILIATH", latitude: null, longitude: null } }, true],
  ["8 km apart, both the town itself", {}, { location: { ...OSGILIATH, name: "Emyn Arnen", latitude: 36.27, longitude: 37.16 } }, true],
  ["40 km apart at town precision", {}, { location: { ...OSGILIATH, name: "Minas Tirith", latitude: 36.56, longitude: 37.16 } }, false],
  ["40 km apart, one coded to a region (precision 3)", {}, { location: { ...OSGILIATH, name: "Anórien", latitude: 36.56, longitude: 37.16, geo_precision: 3 } }, true],
  ["the next day", {}, { event_date: "2016-08-17" }, false],
  ["a week-precision date around the day", {}, { event_date: "2016-08-18", time_precision: 2 }, true],
  ["a month-precision date of that month", {}, { event_date: "2016-08-15", time_precision: 3 }, true],
  ["a month-precision date of the next month", {}, { event_date: "2016-09-15", time_precision: 3 }, false],
  ["no date on one side: never guessed", {}, { event_date: null, time_precision: null }, false],
  ["another event type", {}, { event_type: "Protests", sub_event_type: "Peaceful protest" }, false],
  ["a strike and a shelling are two events", {}, { sub_event_type: "Shelling/artillery/missile attack" }, false],
  ["a clash and the capture are one battle", { event_type: "Battles", sub_event_type: "Armed clash" },
    { event_type: "Battles", sub_event_type: "Government regains territory" }, true],
  ["battle sides named in the other order", { event_type: "Battles", sub_event_type: "Armed clash" },
    { event_type: "Battles", sub_event_type: "Armed clash", actor1: "Rangers of Arnor", actor2: "Military Forces of Mordor" }, true],
  ["one report names no perpetrator", {}, { actor1: null }, true],
  ["an unidentified group agrees with a named one", {}, { actor1: "Unidentified Armed Group (Gondor)", inter1: 3 }, true],
  ["state and foreign air forces dispute the strike", {}, { actor1: "Military Forces of Gondor", inter1: 1 }, "contested"],
  ["two different rebel groups are two incidents", { actor1: "Orcs of the Misty Mountains", inter1: 2, actor2: null },
    { actor1: "Corsairs of Umbar", inter1: 2, actor2: null }, false],
  ["same perpetrator, different named targets", { sub_event_type: "Air/drone strike" }, { actor2: "Corsairs of Umbar" }, true],
];

describe("judgeSameIncident", () => {
  for (const [label, a, b, expected] of CASES) {
    it(label, () => {
      const [x, y] = [r("a", a), r("b", b)];
      for (const verdict of [judgeSameIncident(x, y), judgeSameIncident(y, x)]) {
        assert.equal(verdict.same, expected !== false, "symmetric");
        if (verdict.same) assert.equal(verdict.contested, expected === "contested");
      }
    });
  }
});

describe("clusterReports", () => {
  it("joins groups only when every pair agrees: no chaining Mordor and Gondor's rebels through an unnamed report", () => {
    const reports = [r("a", { actor1: "Orcs", inter1: 2, actor2: null }), r("b", { actor1: null, actor2: null }), r("c", { actor1: "Corsairs", inter1: 2, actor2: null })];
    assert.deepEqual(clusterReports(reports), [["a", "b"], ["c"]]);
  });

  it("honours must-link and cannot-link, cannot-link winning", () => {
    const reports = [r("a"), r("b"), r("c", { event_date: "2016-08-20" })];
    assert.deepEqual(clusterReports(reports), [["a", "b"], ["c"]]);
    assert.deepEqual(clusterReports(reports, { mustLink: [["a", "c"]], cannotLink: [] }), [["a", "c"], ["b"]], "b's day does not fit c's");
    assert.deepEqual(clusterReports(reports, { mustLink: [], cannotLink: [["b", "a"]] }), [["a"], ["b"], ["c"]]);
    assert.deepEqual(clusterReports(reports, { mustLink: [["a", "b"]], cannotLink: [["b", "a"]] }), [["a"], ["b"], ["c"]]);
  });

  it("names each incident by its smallest report id", () => {
    assert.deepEqual(clusterReports([r("z"), r("m"), r("q", { event_date: "2017-01-01" })]), [["m", "z"], ["q"]]);
  });
});

describe("mergeFatalities", () => {
  for (const [label, figures, expected] of [
    ["conservative low, highest high, lower median best", [[12, 12, 12], [15, 15, null], [20, 20, 25]], [12, 15, 25]],
    ["even count: the lower middle figure", [[12, null, null], [15, null, null]], [12, 12, 15]],
    ["reports without figures take no part", [[null, null, null], [7, 8, 9]], [7, 8, 9]],
    ["no figures at all", [[null, null, null]], [null, null, null]],
  ] as const) {
    it(label, () => {
      const merged = mergeFatalities(figures.map(([low, best, high]) => ({ low, best, high })));
      assert.deepEqual([merged.low, merged.best, merged.high], expected);
    });
  }
});
