// The options every command that runs the pipeline shares (extract, ingest, eval): how to read dates,
// where to bias places, which extra actor lexicons to load. Checked here, at the boundary.
import type { ExtractOptions } from "../context.js";
import { parseDateArg, parseLatLon, UsageError } from "./cli-args.js";

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

export function toExtractOptions(values: ExtractOptionValues): ExtractOptions {
  const country = values.country?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) {
    throw new UsageError(`--country must be a two-letter ISO code like SY, got '${values.country}'`);
  }
  const near = values.near === undefined ? null : parseLatLon(values.near);
  if (values.near !== undefined && !near) throw new UsageError(`--near must be LAT,LON like 36.2,37.16, got '${values.near}'`);
  return { published: parseDateArg("--published", values.published) ?? null, country, near };
}
