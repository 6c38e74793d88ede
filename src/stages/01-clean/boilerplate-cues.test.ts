import { test } from "node:test";
import assert from "node:assert/strict";
import { BOILERPLATE_CUES } from "./boilerplate-cues.js";
import { cleanDocument } from "./clean-document.js";

const legalFooter = BOILERPLATE_CUES.find((cue) => cue.reason === "legal footer")!.pattern;

const cases: [label: string, line: string, expected: boolean][] = [
  ["cookie, then consent", "The Osterby Courier uses cookies. By reading on you consent to them.", true],
  ["a later cookie before the consent word", "Cookie jars were looted in Veldmar; our cookie banner asks you to accept", true],
  ["consent before the only cookie", "Residents accept that the cookie factory burned", false],
  ["cookie inside a longer word", "The cookiecutter militia would not accept terms", false],
  ["cookie and consent on either side of a line separator", "We use cookies\u2028Elders accept the truce", false],
  ["the second segment holds both", "Cookie stall shelled\u2028Our cookies policy applies", true],
  ["privacy policy alone", "Read our privacy policy", true],
];

for (const [label, line, expected] of cases) {
  test(`legal footer cue: ${label}`, () => {
    assert.equal(legalFooter.test(line), expected);
  });
}

test("a hostile line of repeated cue words is cleaned in linear time", { timeout: 3000 }, () => {
  // With "cookie ... consent" tried from every "cookie", this line took about 20 s.
  const body = `Veldmar report\n${"cookie ".repeat(80000)}\nShelling hit Osterby on Tuesday.`;
  const cleaned = cleanDocument({ path: "hostile.txt", url: null, body, format: "text" }, { published: null });
  assert.ok(cleaned.text.includes("Shelling hit Osterby"));
});
