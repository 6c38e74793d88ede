// ACLED geo_precision of a mention: 1 the town itself, 2 near it or part of it ("outskirts of X",
// "eastern X", "10 km south of X", "X countryside"), 3 a region (a division, a country, a continent).
import type { GeoPrecision } from "../../types.js";
import { CUES_AFTER, CUES_BEFORE, NEAR_BEFORE } from "./place-rules.js";
import type { Token } from "./tokenize-text.js";

const REGION_CODES = new Set(["PCLI", "ADM1", "ADM2", "CONT", "RGN"]);

export function findPrecision(tokens: readonly Token[], first: number, last: number, featureCode: string | null): GeoPrecision {
  const base: GeoPrecision = featureCode && REGION_CODES.has(featureCode) ? 3 : 1;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  const after = next && tokens[last].joinsNext ? CUES_AFTER.find((c) => c.words.test(next.text)) : undefined;
  if (after) return after.division ? 3 : base === 3 ? 3 : after.precision;
  if (prev && NEAR_BEFORE.test(prev.text)) return base === 3 ? 3 : 2;
  if (prev?.text === "of" && first >= 2) {
    const cue = CUES_BEFORE.find((c) => c.words.test(tokens[first - 2].text));
    if (cue) return base === 3 ? 3 : cue.precision;
  }
  return base;
}
