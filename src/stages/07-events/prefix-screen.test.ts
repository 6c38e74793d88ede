import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createPrefixScreen, findKeyPositions } from "./prefix-screen.js";
import { createEventRules, loadEventRules } from "./event-rules.js";
import { findTriggers } from "./find-triggers.js";
import type { Sentence } from "../../types.js";

test("key positions: word starts only, case folded, rules without keys anywhere", () => {
  const screen = createPrefixScreen([["air"], ["clash", "fight"], null]);
  const table: [string, string, (string | number[] | undefined)[]][] = [
    ["two rules", "Air strikes and clashes", [[0], [16], "anywhere"]],
    ["not inside a word", "fair fights", [undefined, [5], "anywhere"]],
    ["every start, once", "AIR air-fight", [[0, 4], [8], "anywhere"]],
    ["after non-ASCII letters a word still starts", "éair", [[1], undefined, "anywhere"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(findKeyPositions(screen, text), expected, label);
});

/** Every trigger hit a plain global scan of each rule finds: what the screen must reproduce exactly. */
function scanAll(sentence: Sentence, rules = loadEventRules()): string[] {
  return rules.triggers.filter((r) => !r.label.startsWith("+"))
    .flatMap((r) => [...sentence.text.matchAll(r.pattern)].map((m) => `${r.rule}@${m.index}`)).sort();
}

const rules = loadEventRules();
const asSentence = (text: string): Sentence => ({ index: 0, start: 0, end: text.length, text, paragraph: 0 });
const screened = (text: string) => findTriggers(asSentence(text), rules).all.map((h) => `${h.rule.rule}@${h.start}`).sort();

test("screened triggers equal a full scan on written sentences", () => {
  const sentences = [
    "Gondorian jets carried out air strikes on Bree, and the Dunland Front shelled Archet.",
    "A Dunland-planted bomb hit a patrol; clashes and gun battles followed, then an arson attack.",
    "PROTESTERS rallied, police fired tear gas and rubber bullets; the mob lynched a thief.",
    "Rebels were repelled, retook the hill, took control of the bridge and blew up a depot.",
    "Forces of Arnor mobilized; a ceasefire was agreed; mass graves were found near Bree.",
  ];
  for (const text of sentences) assert.deepEqual(screened(text), scanAll(asSentence(text)), text);
});

test("screened triggers equal a full scan on random sentences of trigger words", () => {
  const words = ["air", "strikes", "airstrike", "clash", "clashed", "fighting", "shelled", "bomb", "planted", "roadside", "killed",
    "shot", "dead", "were", "repelled", "took", "control", "of", "the", "a", "protest", "riot", "Molotov", "looted", "arson",
    "attack", "ground", "operation", "drone", "struck", "jets", "IED", "mine", "hit", "sarin", "-", ",", "’s", "Bree", "é"];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), fc.constantFrom(" ", "-", "  "), (parts, sep) => {
    const text = parts.join(sep);
    assert.deepEqual(screened(text), scanAll(asSentence(text)));
  }), { numRuns: 400 });
});

test("rules can be built from parts", () => {
  assert.equal(createEventRules([], []).screen.size, 0);
});
