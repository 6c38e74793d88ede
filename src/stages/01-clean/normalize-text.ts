// Text normalisation before anything is measured: one newline style, typographic quotes folded to ASCII
// (so every later rule can match "Assad's"), invisible characters removed, runs of blanks folded.

const REPLACEMENTS: readonly [RegExp, string][] = [
  [/\r\n?/g, "\n"],
  [/[\u2018\u2019\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201F\u2033]/g, '"'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, " "],
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ""],
  [/ {2,}/g, " "],
  // Blanks around a line break (written so that a bare line break, the common case, is not a match).
  [/ +\n *|\n +/g, "\n"],
  [/\n{3,}/g, "\n\n"],
];

export function normalizeText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out.trim();
}
