// Hostile plain-text documents: shapes that make regular expressions and sentence splitters go quadratic or
// worse (no spaces, no punctuation, endless abbreviations, digits, whitespace). Each carries one real sentence.
import { SENTENCE } from "./hostile-html-cases.js";

export const TEXT_CASES: Record<string, () => string> = {
  "1 MB without a space": () => `${SENTENCE}\n\n${"x".repeat(1024 * 1024)}`,
  "a 200 KB sentence without punctuation": () => `${SENTENCE}\n\n${"rebels shelled the town and ".repeat(7_500)}`,
  "1 MB of whitespace around a sentence": () => `${" \t\n".repeat(170_000)}${SENTENCE}${"\u00a0 \r\n".repeat(90_000)}`,
  "50,000 abbreviations": () => `${SENTENCE} ${"Gen. Mr. Dr. U.S. ".repeat(12_500)}`,
  "200 KB of digits and commas": () => `${SENTENCE} ${"1,000,".repeat(35_000)} killed`,
  "100,000 capitalised words": () => `${SENTENCE} ${"Tel Marrow Northern Front ".repeat(25_000)}`,
  "20,000 figures": () => `${SENTENCE} ${"at least 12 killed and between 3 and 5 wounded; ".repeat(2_000)}`,
};
