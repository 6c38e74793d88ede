// Representative points for areas (countries, first- and second-level divisions) from the towns in them:
// the centre of the box spanning the 2nd to 98th percentile of their latitudes and longitudes, which
// sits near the area's centroid and ignores far-flung outliers (overseas islands, exclaves).

export interface Point {
  latitude: number;
  longitude: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
}

/** Centre of the bounding box of the points, trimmed to the given share at each end (default 2%); null for no points. */
export function findAreaCentre(points: readonly Point[], options: { trim?: number } = {}): Point | null {
  if (points.length === 0) return null;
  const trim = options.trim ?? 0.02;
  const lats = points.map((p) => p.latitude).sort((a, b) => a - b);
  const lons = points.map((p) => p.longitude).sort((a, b) => a - b);
  return {
    latitude: (percentile(lats, trim) + percentile(lats, 1 - trim)) / 2,
    longitude: (percentile(lons, trim) + percentile(lons, 1 - trim)) / 2,
  };
}

/** Group points by a key (country code, "SY.09" admin1 code ...). */
export function groupPoints<T extends Point>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
