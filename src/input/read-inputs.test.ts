import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { readInputs, type InputItem } from "./read-inputs.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-input-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(args: string[], options = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(args, options)) items.push(item);
  return items;
}

describe("readInputs: bad input is one problem each, and the batch goes on", () => {
  const good = write("good.txt", "Shelling hit Aleppo on Tuesday.");
  const cases: [string, () => string, string, RegExp, object?][] = [
    ["empty file", () => write("empty.txt", ""), "empty-input", /empty file \(0 bytes\)/],
    ["whitespace only", () => write("blank.txt", "  \n\n "), "empty-input", /whitespace only/],
    ["NUL byte", () => write("bad.bin.txt", Buffer.from([0x41, 0x42, 0, 0x43])), "binary-input", /NUL byte at offset 2/],
    ["mostly control bytes", () => write("ctl.txt", Buffer.alloc(100, 0x01)), "binary-input", /control bytes/],
    ["invalid UTF-8", () => write("latin1.txt", Buffer.from([0x61, 0x62, 0x63, 0xe9, 0x20, 0x61])), "invalid-utf8", /0xe9 at offset 3/],
    ["truncated UTF-8 at the end", () => write("trunc.txt", Buffer.from([0x61, 0xe2, 0x82])), "invalid-utf8", /at offset 1/],
    ["over the size limit", () => write("big.txt", "x".repeat(2048)), "too-large", /2\.0 KB, over the 1\.0 KB limit/, { maxBytes: 1024 }],
    ["missing path", () => join(dir, "nope.txt"), "unreadable-input", /no such file/],
    ["empty directory", () => { mkdirSync(join(dir, "emptydir")); return join(dir, "emptydir"); }, "empty-input", /no \.txt/],
  ];
  for (const [label, make, kind, message, options] of cases) {
    it(label, async () => {
      const items = await collect([make(), good], options);
      assert.equal(items.length, 2);
      const [bad, ok] = items;
      assert.equal(bad.kind, "problem");
      if (bad.kind !== "problem") return;
      assert.equal(bad.problem.kind, kind);
      assert.match(bad.problem.message, message);
      assert.equal(ok.kind, "document");
    });
  }
});

describe("readInputs: JSON Lines", () => {
  it("reads one document per line, reports bad lines as file:line, keeps the rest", async () => {
    const path = write("feed.jsonl", [
      JSON.stringify({ text: "First report.", title: "One", url: "https://example.org/1", published: "2016-08-18T09:00:00Z", source: "AP" }),
      "{not json",
      "",
      JSON.stringify({ html: "<p>Second</p>", publisher: "BBC", date: "2016-09-01" }),
      JSON.stringify([1, 2]),
      JSON.stringify({ title: "no body" }),
    ].join("\n") + "\n");
    const items = await collect([path], { published: "2000-01-01" });
    assert.deepEqual(items.map((i) => (i.kind === "document" ? `doc ${i.input}` : `${i.problem.kind} ${i.input}`)), [
      `doc ${path}:1`, `bad-jsonl-line ${path}:2`, `doc ${path}:4`, `bad-jsonl-line ${path}:5`, `bad-jsonl-line ${path}:6`,
    ]);
    const first = items[0];
    assert.ok(first.kind === "document");
    assert.deepEqual(
      { ...first.doc },
      { path: `${path}:1`, url: "https://example.org/1", body: "First report.", format: "text", published: "2016-08-18", title: "One", publisher: "AP" },
    );
    const second = items[2];
    assert.ok(second.kind === "document");
    assert.equal(second.doc.format, "html");
    assert.equal(second.doc.published, "2016-09-01");
  });

  it("handles CRLF and a last line without newline, and a line over the limit", async () => {
    const path = write("crlf.ndjson", `{"text":"a"}\r\n{"text":"${"y".repeat(500)}"}\r\n{"text":"c"}`);
    const items = await collect([path], { maxBytes: 100 });
    assert.deepEqual(items.map((i) => i.kind === "document" ? i.doc.body : i.problem.kind), ["a", "too-large", "c"]);
  });

  it("reports invalid UTF-8 inside a line as a bad line", async () => {
    const path = write("utf.jsonl", Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]));
    const items = await collect([path]);
    assert.equal(items[1].kind === "problem" && items[1].problem.kind, "bad-jsonl-line");
    assert.match(items[1].kind === "problem" ? items[1].problem.message : "", /invalid UTF-8/);
  });
});

describe("readInputs: directories and stdin", () => {
  it("walks a directory recursively in sorted order, taking known extensions only", async () => {
    const root = join(dir, "tree");
    write("tree/b.txt", "b");
    write("tree/a/z.md", "z");
    write("tree/a/y.html", "<html><body>y</body></html>");
    write("tree/c.pdf", "%PDF");
    write("tree/.hidden.txt", "h");
    const items = await collect([root]);
    assert.deepEqual(items.map((i) => i.kind === "document" ? `${i.doc.format} ${i.doc.body}` : "problem"), [
      "html <html><body>y</body></html>", "text z", "text b",
    ]);
  });

  for (const [label, body, format] of [
    ["html", "<!DOCTYPE html><html><p>x</p></html>", "html"],
    ["html fragment", "<div><p>One</p><p>Two</p></div>", "html"],
    ["plain text", "Aid agencies said 5 < 6 in Aleppo.", "text"],
  ] as const) {
    it(`sniffs stdin: ${label}`, async () => {
      const items = await collect(["-"], { stdin: Readable.from([Buffer.from(body)]), published: "2016-08-18" });
      assert.equal(items.length, 1);
      assert.ok(items[0].kind === "document");
      assert.equal(items[0].doc.format, format);
      assert.equal(items[0].doc.published, "2016-08-18");
      assert.equal(items[0].doc.path, null);
    });
  }
});

describe("readInputs: URLs", () => {
  let server: Server;
  let base = "";
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === "/page") { res.setHeader("content-type", "text/html; charset=utf-8"); res.end("<p>Hello</p>"); }
      else if (req.url === "/plain") { res.setHeader("content-type", "text/plain"); res.end("Plain"); }
      else if (req.url === "/feed") { res.setHeader("content-type", "application/rss+xml"); res.end("<rss/>"); }
      else if (req.url === "/big") { res.setHeader("content-type", "text/plain"); res.end("z".repeat(5000)); }
      else if (req.url === "/slow") { setTimeout(() => res.end("late"), 1000); }
      else { res.statusCode = 404; res.end("no"); }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  after(() => { server.closeAllConnections(); server.close(); });

  it("fetches pages and turns every failure into a problem", async () => {
    const urls = ["/page", "/plain", "/feed", "/big", "/missing", "/slow"].map((p) => base + p);
    urls.push("http://127.0.0.1:1/refused");
    const items = await collect(urls, { maxBytes: 1000, timeoutMs: 300 });
    assert.deepEqual(items.map((i) => i.kind === "document" ? `${i.doc.format}:${i.doc.body}` : i.problem.kind), [
      "html:<p>Hello</p>", "text:Plain", "unreadable-input", "too-large", "fetch-failed", "fetch-failed", "fetch-failed",
    ]);
    assert.match(items[2].kind === "problem" ? items[2].problem.message : "", /\/feed is not an RSS, Atom or RDF feed/);
    assert.match(items[4].kind === "problem" ? items[4].problem.message : "", /HTTP 404/);
    assert.match(items[5].kind === "problem" ? items[5].problem.message : "", /no answer within 0.3 s/);
  });
});
