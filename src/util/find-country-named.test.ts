import { test } from "node:test";
import assert from "node:assert/strict";
import { findCountryNamed } from "./find-country-named.js";

const countries = new Map([
  ["XA", { name: "Arnor", forms: ["Arnorian"] }],
  ["XG", { name: "Gondor", forms: ["Gondorian", "GDR"] }],
]);

test("the country a text names most often", () => {
  const table: [string, string, string | null][] = [
    ["by name", "Farmers marched in Bree, Arnor.", "XA"],
    ["by adjective", "Workers gathered outside the Arnorian Institute of Roads.", "XA"],
    ["most often wins", "A Gondorian envoy met Arnorian and Arnor officials.", "XA"],
    ["first named wins a tie", "Gondor and Arnor signed.", "XG"],
    ["whole words only", "The Arnorians' Gondoria club met.", null],
    ["capitalised only", "an arnorian custom", null],
    ["nothing named", "Farmers marched in Bree.", null],
  ];
  for (const [label, text, expected] of table) assert.equal(findCountryNamed(text, countries), expected, label);
});
