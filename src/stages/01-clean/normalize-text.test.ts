import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeText } from "./normalize-text.js";

const cases: [label: string, input: string, expected: string][] = [
  ["windows line ends", "Osterby fell.\r\nVeldmar held.\rKessin burned.", "Osterby fell.\nVeldmar held.\nKessin burned."],
  ["curly quotes fold to ASCII", "\u201cWe left,\u201d said Tesh\u2019s aide.", "\"We left,\" said Tesh's aide."],
  ["odd blanks become one space", "Harrow\u00a0Ford\t\tand\u3000Ostra", "Harrow Ford and Ostra"],
  ["invisible characters go", "Vel\u200bdmar\u00ad militia\ufeff", "Veldmar militia"],
  ["blanks before a line break go", "Veldmar fell.   \nKessin held.", "Veldmar fell.\nKessin held."],
  ["blanks after a line break go", "Veldmar fell.\n  Kessin held.", "Veldmar fell.\nKessin held."],
  ["blanks on both sides of each break", "a \n \n b", "a\n\nb"],
  ["a bare line break stays", "Veldmar fell.\nKessin held.", "Veldmar fell.\nKessin held."],
  ["three or more breaks become two", "Headline\n\n\n\nBody text.", "Headline\n\nBody text."],
  ["ends are trimmed", "  \n Body text. \n ", "Body text."],
];

for (const [label, input, expected] of cases) {
  test(`normalize text: ${label}`, () => {
    assert.equal(normalizeText(input), expected);
  });
}
