// Golden tests: whole articles the authors wrote (several set in an invented world, Valdora, so that no rule
// passes by knowing the real one), each with a hand-written expectation file beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.js";
import { extract } from "../../src/pipeline.js";
import { checkExpectation, type Expectation } from "./expectations.js";

const dir = join(import.meta.dirname, "articles");
const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const ctx = await createContext({});

test("golden: there are at least ten articles, each with an expectation", () => {
  assert.ok(articles.length >= 10, `only ${articles.length} articles`);
});

for (const file of articles) {
  test(`golden: ${file}`, () => {
    const expectation = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".expect.json")), "utf8")) as Expectation;
    const body = readFileSync(join(dir, file), "utf8");
    const out = extract({ path: file, url: null, body, format: "text", published: expectation.published_option ?? null }, ctx);
    assert.deepEqual(checkExpectation(out, expectation), [], expectation.about);
  });
}
