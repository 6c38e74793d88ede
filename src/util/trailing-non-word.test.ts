import { test } from "node:test";
import assert from "node:assert/strict";
import { lengthWithoutTrailingNonWord } from "./trailing-non-word.js";

const cases: [label: string, text: string, expected: number][] = [
  ["a stop", "Osterby, 12 May 2031.", 20],
  ["quotes, brackets and blanks", "Veldmar fell (again)\"  ", 19],
  ["underscores count as non-word", "Kessin__", 6],
  ["letters outside ASCII count as non-word, as \\W has it", "Harrow Fordé", 11],
  ["nothing to trim", "Ostra 3", 7],
  ["all non-word", "-- __ !!", 0],
  ["empty", "", 0],
];

for (const [label, text, expected] of cases) {
  test(`trailing non-word: ${label}`, () => {
    assert.equal(lengthWithoutTrailingNonWord(text), expected);
    assert.equal(lengthWithoutTrailingNonWord(text), text.replace(/[\W_]+$/, "").length);
  });
}

test("trailing non-word: a long run of punctuation inside the text is scanned in linear time", { timeout: 2000 }, () => {
  const text = `${"- ".repeat(500000)}x.`;
  assert.equal(lengthWithoutTrailingNonWord(text), text.length - 1);
});
