import { test } from "node:test";
import assert from "node:assert/strict";
import { findImplicitDeaths } from "./find-implicit-deaths.js";

const cases: [label: string, text: string, expected: number | null][] = [
  ["passive, one person", "In Bree a man was shot dead near the mill.", 1],
  ["adjectives before the noun", "A local policeman was killed when the Dunland Front attacked.", 1],
  ["the victim died", "The victim died on the way to the healer.", 1],
  ["a member of a group died", "A leader of the Hillmen died in the fighting.", 1],
  ["active voice", "Gunmen killed a shepherd outside Archet.", 1],
  ["a body found", "Villagers found the body of a man in the river.", 1],
  ["found dead", "A woman was found dead in her house in Bree.", 1],
  ["injured is not dead", "A man was wounded in the attack.", null],
  ["a killing in a participle", "Gunmen fired on the inn killing a guard.", 1],
  ["stabbed is not dead", "A thief stabbed an officer in the market.", null],
  ["two people", "A man and a woman were found dead in Bree.", null],
  ["numbers are the figures' job", "Three men attacked the inn.", null],
  ["no death", "The Arnorian army entered Bree.", null],
];

for (const [label, text, expected] of cases) {
  test(`implicit deaths: ${label}`, () => assert.equal(findImplicitDeaths(text), expected));
}
