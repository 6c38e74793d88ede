// Parses the written form of one number into its value: "1,500", "1.5 million", "eighty", "twenty-five",
// "two million", "a dozen", and the vague words ACLED codes ("dozens" = 12, "tens of thousands" = 10,000).
import type { FigureLexicon } from "./figure-lexicon.js";

export interface ParsedNumber {
  value: number;
  /** "dozens", "hundreds": the value is the least the word can mean. */
  vague: boolean;
  /** "several", "a number of": no count at all; the value is ACLED's code for an unknown number (10). */
  unknown?: boolean;
}

/** The value of a number phrase, or null when it holds no number the lexicon knows. */
export function parseNumber(phrase: string, lexicon: FigureLexicon): ParsedNumber | null {
  const whole = lexicon.numberWords.get(phrase.toLowerCase().replace(/\s+/g, " "));
  if (whole?.kind === "unknown") return { value: whole.value, vague: true, unknown: true };
  const tokens = phrase.toLowerCase().split(/[\s\-–]+/).filter((t) => t && t !== "and" && t !== "a" && t !== "of");
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  let vague = false;
  for (const token of tokens) {
    if (/^\d[\d,]*(?:\.\d+)?$/.test(token)) {
      current += Number(token.replace(/,/g, ""));
      seen = true;
      continue;
    }
    const word = token === "half" ? { value: 0.5, kind: "unit" as const } : lexicon.numberWords.get(token);
    if (!word) return null;
    if (word.kind === "unit") current += word.value;
    else if (word.kind === "vague" && !seen) {
      current = word.value;
      vague = true;
    } else {
      // A scale word, or a second vague word used as one ("tens of thousands").
      const scale = word.kind === "vague" ? Math.max(word.value, 1) : word.value;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    }
    seen = true;
  }
  const value = total + current;
  return seen && Number.isFinite(value) ? { value: Math.round(value * 1000) / 1000, vague } : null;
}
