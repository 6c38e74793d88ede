// Hostile input files through the public reader (readInputs) and then extract(): malformed JSON Lines, a 50 MB
// single line, binary garbage. Each bad input must come back as a problem with a clear message, the good lines
// around it as documents, nothing may throw, and memory must stay bounded (no loading a huge line whole).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createContext, type Context } from "../../src/context.js";
import { readInputs, type InputItem } from "../../src/input/read-inputs.js";
import { extract } from "../../src/pipeline.js";

let dir: string;
let ctx: Context;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-hostile-jsonl-"));
  ctx = await createContext({});
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([path])) items.push(item);
  return items;
}

function problemsOf(items: InputItem[]): { input: string; kind: string; message: string }[] {
  return items.flatMap((i) => (i.kind === "problem" ? [{ input: i.input, kind: i.problem.kind, message: i.problem.message }] : []));
}

test("malformed JSONL lines are problems naming file:line; good lines still become documents", async () => {
  const path = join(dir, "mixed.jsonl");
  const good = JSON.stringify({ text: "Rebels shelled Tel Marrow on Tuesday, killing 4 people.", published: "2031-03-02" });
  const lines = [good, "{not json", "[1,2,3]", "\"a string\"", "{}", JSON.stringify({ text: "   " }), "", "\r", good + "\r", "null", "{\"text\": 5}"];
  writeFileSync(path, lines.join("\n"));
  const items = await readAll(path);
  const docs = items.filter((i) => i.kind === "document");
  const problems = problemsOf(items);
  assert.equal(docs.length, 2, "the two good lines (one with CRLF) are documents");
  assert.deepEqual(problems.map((p) => p.input), [2, 3, 4, 5, 6, 10, 11].map((n) => `${path}:${n}`));
  assert.ok(problems.every((p) => p.kind === "bad-jsonl-line" && p.message.length > 10), JSON.stringify(problems));
  assert.match(problems[0].message, /invalid JSON/);
  assert.match(problems[1].message, /expected a JSON object, got an array/);
  for (const d of docs) if (d.kind === "document") assert.ok(extract(d.doc, ctx).document.id.length === 64);
});

test("a 50 MB single JSONL line is a clear 'too large' problem, read without holding it in memory", async () => {
  const path = join(dir, "huge-line.jsonl");
  await writeInChunks(path, ["{\"text\":\"", ...Array(50).fill("a".repeat(1024 * 1024)), "\"}\n", JSON.stringify({ text: "Clashes in Quillan on Friday." }) + "\n"]);
  const rssBefore = process.memoryUsage().rss;
  const items = await readAll(path);
  const growth = process.memoryUsage().rss - rssBefore;
  const problems = problemsOf(items);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].kind, "too-large");
  assert.equal(problems[0].input, `${path}:1`);
  assert.match(problems[0].message, /50\.0 MB.*over the 10\.0 MB limit/);
  assert.equal(items.filter((i) => i.kind === "document").length, 1, "the line after the huge one is still read");
  assert.ok(growth < 150 * 1024 * 1024, `rss grew ${Math.round(growth / 1e6)} MB reading a 50 MB line`);
});

test("binary garbage is a binary-input or invalid-utf8 problem, as a file and as a JSONL line", async () => {
  const garbage = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256));
  const highBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + (i % 64)));
  writeFileSync(join(dir, "garbage.txt"), garbage);
  writeFileSync(join(dir, "latin.txt"), highBytes);
  writeFileSync(join(dir, "garbage.jsonl"), Buffer.concat([garbage.subarray(0, 2000), Buffer.from("\n"), highBytes, Buffer.from("\n")]));
  const kinds = (items: InputItem[]) => problemsOf(items).map((p) => p.kind);
  assert.deepEqual(kinds(await readAll(join(dir, "garbage.txt"))), ["binary-input"]);
  const latin = problemsOf(await readAll(join(dir, "latin.txt")));
  assert.deepEqual(latin.map((p) => p.kind), ["invalid-utf8"]);
  assert.match(latin[0].message, /bad byte 0x80 at offset 0/);
  const jsonl = problemsOf(await readAll(join(dir, "garbage.jsonl")));
  assert.ok(jsonl.length >= 2 && jsonl.every((p) => p.kind === "bad-jsonl-line" || p.kind === "empty-input"), JSON.stringify(jsonl));
});

test("a 50 MB text file is refused by size before it is read", async () => {
  const path = join(dir, "huge.txt");
  await writeInChunks(path, Array(50).fill("Rebels shelled Quillan. ".repeat(43690)));
  const problems = problemsOf(await readAll(path));
  assert.deepEqual(problems.map((p) => p.kind), ["too-large"]);
  assert.match(problems[0].message, /over the 10\.0 MB limit/);
});

async function writeInChunks(path: string, chunks: string[]): Promise<void> {
  const stream = createWriteStream(path);
  for (const chunk of chunks) if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
