import { test } from "node:test";
import assert from "node:assert/strict";
import { parseGeoNames, parseGeoNamesBytes } from "./parse-geonames.js";
import { createKeyTableBuilder, packKeyTable } from "./string-table.js";

// The streamed builder must pack exactly what packKeyTable packs from a Map of the same notes.
test("key table builder: same table as packKeyTable, keys in first-noted order, postings in noted order", () => {
  const notes: [key: string, flag: number, posting: number | null][] = [
    ["arnor", 1, 4], ["minas", 2, null], ["minas tirith", 1, 6], ["arnor", 1, 2], ["minas", 1, 8], ["gondor", 1, 0], ["arnor", 2, null],
  ];
  const map = new Map<string, { flags: number; postings: number[] }>();
  const builder = createKeyTableBuilder();
  for (const [key, flag, posting] of notes) {
    let e = map.get(key);
    if (!e) map.set(key, (e = { flags: 0, postings: [] }));
    e.flags |= flag;
    if (posting !== null) e.postings.push(posting);
    builder.note(key, flag, posting);
  }
  assert.deepEqual(builder.pack(), packKeyTable(map));
});

const geonamesCases: [label: string, text: string][] = [
  ["a row", "1\tMinas Tirith\tMinas Tirith\tMundburg,Stone-city,ab,Minas Anor\t35.1\t36.2\tP\tPPLC\tGD\t\t01\t02\t\t\t52000\t\t\t\t2020-01-01"],
  ["rows with a blank line and CRLF", "2\tAnnúminas\tAnnuminas\t\t40\t-3\tP\tPPL\tAR\t\t03\t\t\t\t0\r\n\n3\tBree\tBree\tBri,,Brie\t41\t-2\tP\tPPL\tAR\t\t03\t\t\t\t150"],
  ["too few columns", "4\tBad\trow"],
  ["no text", ""],
];
for (const [label, text] of geonamesCases) {
  test(`parseGeoNamesBytes reads what parseGeoNames reads: ${label}`, () => {
    assert.deepEqual(parseGeoNamesBytes(Buffer.from(text)), parseGeoNames(text));
  });
}
