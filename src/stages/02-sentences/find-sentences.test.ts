import { test } from "node:test";
import assert from "node:assert/strict";
import { findSentences } from "./find-sentences.js";

const cases: [label: string, input: string, expected: string[]][] = [
  ["two plain sentences", "Fighting resumed in Veldmar. Three died.", ["Fighting resumed in Veldmar.", "Three died."]],
  ["a title before a rank and name", "Gen. Orvan Tesh led the assault. It failed.", ["Gen. Orvan Tesh led the assault.", "It failed."]],
  ["Mr. and Dr. inside", "Mr. Kade met Dr. Ilse Marr on Tuesday.", ["Mr. Kade met Dr. Ilse Marr on Tuesday."]],
  ["an initial", "The envoy J. Porrit arrived. Talks began.", ["The envoy J. Porrit arrived.", "Talks began."]],
  ["dotted acronym before a capital", "U.S. forces struck Harrow Ford. Nobody was hurt.", ["U.S. forces struck Harrow Ford.", "Nobody was hurt."]],
  ["closing quote stays with its sentence", 'He said "It is over." Then he left.', ['He said "It is over."', "Then he left."]],
  ["question and exclamation", "Who fired? Nobody knows! Then calm.", ["Who fired?", "Nobody knows!", "Then calm."]],
  ["a headline line without a stop", "Clashes in Osterby\nMilitia fighters attacked a checkpoint.", ["Clashes in Osterby", "Militia fighters attacked a checkpoint."]],
  ["a number after a stop starts a sentence", "The toll rose. 12 people died.", ["The toll rose.", "12 people died."]],
  ["decimal numbers do not split", "A 2.5 km convoy moved north.", ["A 2.5 km convoy moved north."]],
  ["month abbreviations", "On Aug. 18 the siege ended.", ["On Aug. 18 the siege ended."]],
  ["each line takes its own stops", "Alpha fell. Beta held\nGamma rose. Delta too.", ["Alpha fell.", "Beta held", "Gamma rose.", "Delta too."]],
  ["a stop at a line end does not reach into the next line", "Fighting ended.\n\nVeldmar fell.", ["Fighting ended.", "Veldmar fell."]],
  ["a no-break space after a stop is a blank", "Shelling stopped.\u00a0Residents returned.", ["Shelling stopped.", "Residents returned."]],
  ["a rank at a line start", "Col. Brask spoke. He left.\nMaj. Venn stayed.", ["Col. Brask spoke.", "He left.", "Maj. Venn stayed."]],
];

for (const [label, input, expected] of cases) {
  test(`sentences: ${label}`, () => {
    assert.deepEqual(findSentences(input).map((s) => s.text), expected);
  });
}

test("sentences: offsets slice the text and paragraphs count lines", () => {
  const text = "First line here.\n\nSecond paragraph. Still second.\nThird.";
  const sentences = findSentences(text);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
});

test("sentences: a long run of stops is read in linear time", { timeout: 3000 }, () => {
  // Tried from every stop of the run, the boundary pattern took about a minute on this line.
  const text = `Kessin fell${".".repeat(200000)} Osterby held.`;
  assert.deepEqual(findSentences(text).map((s) => s.text.slice(-8)), ["........", "by held."]);
});
