// The map's clusters (web/src/map-clusters.ts, over supercluster) in Node: which events group at which zoom,
// the colour of the commonest type, the zoom a click leads to, and a cluster no zoom can split (one spot).
// Places are invented (the towns of Arventa near 4N 21E).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClusterIndex, type MapCluster, type MapPoint } from "../../web/src/map-clusters.js";

const MAX_ZOOM = 14;
const point = (id: string, latitude: number, longitude: number, type = "Battles"): MapPoint => ({ id, type, latitude, longitude, title: id });
const ARVENTA = { west: 15, south: -2, east: 27, north: 10 };
const indexOf = (points: MapPoint[]) => createClusterIndex(points, { radiusPx: 40, maxZoom: MAX_ZOOM });
/** A cluster as "n:type", a single event as its id; sorted so the order supercluster returns does not matter. */
const describeAll = (clusters: MapCluster[]) => clusters.map((c) => (c.kind === "point" ? c.point.id : `${c.count}:${c.type}`)).sort();
const onlyCluster = (clusters: MapCluster[]) => {
  const [cluster] = clusters;
  assert.ok(clusters.length === 1 && cluster.kind === "cluster", `expected one cluster, got ${JSON.stringify(clusters)}`);
  return cluster;
};

describe("clustersIn", () => {
  const kessaro = point("kessaro", 4.12, 21.4);
  const dunmore = point("dunmore", 4.9, 22.1);
  const tarrow = point("tarrow", 8.5, 16.0);
  const rows: [label: string, points: MapPoint[], zoom: number, expected: string[]][] = [
    ["one event, one marker", [kessaro], 3, ["kessaro"]],
    ["two towns a degree apart group at a country's zoom", [kessaro, dunmore], 3, ["2:Battles"]],
    ["the same two split at a district's zoom", [kessaro, dunmore], 9, ["dunmore", "kessaro"]],
    ["a far town stays apart", [kessaro, dunmore, tarrow], 4, ["2:Battles", "tarrow"]],
    ["an event outside the bounds is left out", [kessaro, point("overseas", 40, -60)], 3, ["kessaro"]],
  ];
  for (const [label, points, zoom, expected] of rows) {
    it(label, () => assert.deepEqual(describeAll(indexOf(points).clustersIn(ARVENTA, zoom)), expected));
  }

  it("places a cluster among its events", () => {
    const cluster = onlyCluster(indexOf([point("a", 4, 21), point("b", 5, 22)]).clustersIn(ARVENTA, 3));
    assert.ok(cluster.latitude > 4 && cluster.latitude < 5 && cluster.longitude > 21 && cluster.longitude < 22, JSON.stringify(cluster));
  });
});

describe("cluster colour", () => {
  const rows: [label: string, types: string[], expected: string][] = [
    ["the commonest type", ["Riots", "Protests", "Protests"], "Protests"],
    ["a tie goes to the first name", ["Riots", "Battles"], "Battles"],
    ["counts summed across zoom levels", ["Riots", "Riots", "Riots", "Battles", "Battles"], "Riots"],
  ];
  for (const [label, types, expected] of rows) {
    it(label, () => {
      // Spread over a few km, so the cluster is built from smaller ones at higher zooms.
      const points = types.map((type, i) => point(`e${i}`, 4 + i * 0.02, 21 + i * 0.03, type));
      assert.equal(onlyCluster(indexOf(points).clustersIn(ARVENTA, 3)).type, expected);
    });
  }

});

describe("opening a cluster", () => {
  it("zooms to where two nearby towns split, within the map's zooms", () => {
    const index = indexOf([point("a", 4.12, 21.4), point("b", 4.2, 21.5)]);
    const cluster = onlyCluster(index.clustersIn(ARVENTA, 3));
    const zoom = index.expansionZoom(cluster.id);
    assert.ok(zoom > 3 && zoom <= MAX_ZOOM, `expansion zoom ${zoom}`);
    assert.equal(describeAll(index.clustersIn(ARVENTA, zoom)).length, 2);
  });

  it("cannot split events on one spot: the zoom is past the map's last, and it lists them", () => {
    const index = indexOf([point("a", 4.12, 21.4, "Riots"), point("b", 4.12, 21.4, "Protests"), point("c", 4.12, 21.4)]);
    const cluster = onlyCluster(index.clustersIn(ARVENTA, MAX_ZOOM));
    assert.ok(index.expansionZoom(cluster.id) > MAX_ZOOM);
    assert.deepEqual(index.eventsOf(cluster.id, 40).map((p) => p.id).sort(), ["a", "b", "c"]);
    assert.equal(index.eventsOf(cluster.id, 2).length, 2);
  });
});
