// Distance on the sphere, and the latitude/longitude box that holds every point within `km` of a centre,
// so a query can use an index first and measure exactly second.

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export interface Point {
  latitude: number;
  longitude: number;
}

export function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Box {
  minLat: number;
  maxLat: number;
  /** When the box crosses the antimeridian, minLon > maxLon. */
  minLon: number;
  maxLon: number;
}

export function boundingBox(centre: Point, km: number): Box {
  const dLat = km / KM_PER_DEGREE;
  const minLat = Math.max(-90, centre.latitude - dLat);
  const maxLat = Math.min(90, centre.latitude + dLat);
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  if (widest >= 89.9) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  const dLon = km / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180));
  if (dLon >= 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon: wrap(centre.longitude - dLon), maxLon: wrap(centre.longitude + dLon) };
}

function wrap(lon: number): number {
  return lon < -180 ? lon + 360 : lon > 180 ? lon - 360 : lon;
}
