// The options every command that runs the pipeline shares (extract, ingest, eval): how to read dates,
// where to bias places, which extra actor lexicons to load. Checked here, at the boundary.
import type { ExtractOptions } from "../context.js";

export const EXTRACT_OPTION_SPEC = {
  published: { type: "string" },
  country: { type: "string" },
  near: { type: "string" },
  actors: { type: "string", multiple: true },
} as const;

export interface ExtractOptionValues {
  published?: string;
  country?: string;
  near?: string;
  actors?: string[];
}

export class UsageError extends Error {}

export function parseDay(flag: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a date like 2016-08-18, got '${value}'`);
  }
  return value;
}

export function parseLatLon(flag: string, value: string): { latitude: number; longitude: number } | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match) return null;
  const [latitude, longitude] = [Number(match[1]), Number(match[2])];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new UsageError(`${flag} must be LAT,LON within -90..90 and -180..180, got '${value}'`);
  }
  return { latitude, longitude };
}

export function toExtractOptions(values: ExtractOptionValues): ExtractOptions {
  const country = values.country?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) {
    throw new UsageError(`--country must be a two-letter ISO code like SY, got '${values.country}'`);
  }
  const near = values.near === undefined ? null : parseLatLon("--near", values.near);
  if (values.near !== undefined && !near) throw new UsageError(`--near must be LAT,LON like 36.2,37.16, got '${values.near}'`);
  return { published: values.published ? parseDay("--published", values.published) : null, country, near };
}
