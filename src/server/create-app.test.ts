import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createApp } from "./create-app.js";
import type { IngestText } from "./ingest-text.js";
import type { DocumentText, Store } from "../store/store.js";
import { allFixtures, createTestAppMaker, getJson, SCRIPT_TEXT } from "./server-fixtures.test.js";

const testApp = createTestAppMaker();

describe("GET /api/documents/:id", () => {
  it("returns the cleaned text as it is, with each event's evidence pointing into it", async () => {
    const app = await testApp();
    const fixture = allFixtures()[3];
    const { status, body } = await getJson(app, `/api/documents/${fixture.extraction.document.id}`);
    assert.equal(status, 200);
    const document = body.document as DocumentText;
    assert.equal(document.text, SCRIPT_TEXT);
    assert.equal(document.events.length, 1);
    const [span] = document.events[0].evidence;
    assert.equal(document.text.slice(span.start, span.end), "Orc raiders shelled Minas Tirith");
    assert.equal(document.events[0].sub_event_type, "Shelling/artillery/missile attack");
  });

  it("answers an unknown id with a 404", async () => {
    const { status, body } = await getJson(await testApp(), "/api/documents/abc");
    assert.deepEqual([status, body], [404, { ok: false, error: "no document with id 'abc'", status: 404 }]);
  });
});

describe("one error shape everywhere", () => {
  for (const [method, path] of [["GET", "/api/nothing"], ["DELETE", "/api/events"], ["GET", "/nothing.html"], ["GET", "/../package.json"]]) {
    it(`${method} ${path} is a 404`, async () => {
      const { status, body } = await getJson(await testApp(), path, { method });
      assert.equal(status, 404);
      assert.deepEqual(Object.keys(body).sort(), ["error", "ok", "status"]);
    });
  }

  it("an internal failure is a 500 that keeps its details to the server log", async () => {
    const reported: Error[] = [];
    const broken = { queryEvents: async () => { throw new Error("disk on fire at /secret/path"); } } as unknown as Store;
    const app = createApp({ store: broken, reportError: (e) => reported.push(e) });
    const { status, body } = await getJson(app, "/api/events");
    assert.deepEqual([status, body.ok, body.status], [500, false, 500]);
    assert.doesNotMatch(String(body.error), /secret/);
    assert.match(reported[0].message, /disk on fire/);
  });
});

describe("GET /api/openapi.json", () => {
  it("describes every route as OpenAPI 3", async () => {
    const { status, body } = await getJson(await testApp(), "/api/openapi.json");
    assert.equal(status, 200);
    assert.match(String(body.openapi), /^3\./);
    assert.deepEqual(Object.keys(body.paths as object).sort(), [
      "/api/actors", "/api/actors.csv", "/api/corrections", "/api/documents", "/api/documents/{id}", "/api/events", "/api/events.csv",
      "/api/events.geojson", "/api/events/{id}", "/api/events/{id}/corrections", "/api/figures", "/api/figures.csv", "/api/openapi.json",
      "/api/places", "/api/places.csv", "/api/places.geojson",
    ]);
  });
});

describe("POST /api/documents", () => {
  const posted: string[] = [];
  const fakeIngest: IngestText = async (p) => {
    posted.push(p.body);
    return { status: "stored", document_id: "d1", events: 1, problems: [] };
  };
  const post = (body: string, headers: Record<string, string> = {}) => ({ method: "POST", body, headers: { "Content-Type": "text/plain", ...headers } });

  it("is refused by default: the server is read-only", async () => {
    const { status, body } = await getJson(await testApp(), "/api/documents", post("text", { Authorization: "Bearer t" }));
    assert.equal(status, 403);
    assert.match(String(body.error), /read-only/);
  });

  it("cannot be allowed without a token", async () => {
    const store = {} as Store;
    assert.throws(() => createApp({ store, allowIngest: true }), /allowIngest needs a token/);
  });

  it("needs the bearer token", async () => {
    const app = await testApp({ allowIngest: true, token: "s3cret", ingestText: fakeIngest });
    const rows: [Record<string, string>, number][] = [[{}, 401], [{ Authorization: "Bearer wrong" }, 401], [{ Authorization: "s3cret" }, 400]];
    for (const [headers, expected] of rows) {
      const { status, body } = await getJson(app, "/api/documents", post("Orcs attacked.", headers));
      assert.deepEqual([status, body.ok, body.status], [expected, false, expected]);
    }
    assert.deepEqual(posted, []);
  });

  it("codes and stores a text with the token, and refuses an empty or oversized body", async () => {
    const app = await testApp({ allowIngest: true, token: "s3cret", ingestText: fakeIngest, maxBodyBytes: 100 });
    const auth = { Authorization: "Bearer s3cret" };
    const stored = await getJson(app, "/api/documents", post("Orcs attacked Osgiliath.", auth));
    assert.deepEqual([stored.status, stored.body], [201, { ok: true, status: "stored", document_id: "d1", events: 1, problems: [] }]);
    assert.equal((await getJson(app, "/api/documents", post("   ", auth))).status, 400);
    const big = await getJson(app, "/api/documents", post("x".repeat(101), auth));
    assert.deepEqual([big.status, big.body.error], [413, "the body must be at most 100 bytes"]);
    const badDate = await getJson(app, "/api/documents?published=yesterday", post("Orcs.", auth));
    assert.equal(badDate.status, 400);
    assert.deepEqual(posted, ["Orcs attacked Osgiliath."]);
  });
});

describe("POST /api/documents through the real pipeline", () => {
  it("stores the text, whose evidence then points into GET /api/documents/:id", async () => {
    const app = await testApp({ allowIngest: true, token: "t" });
    const text = "Syrian government forces shelled rebel positions in Aleppo on Tuesday, killing at least 12 people.";
    const init = { method: "POST", body: text, headers: { "Content-Type": "text/plain", Authorization: "Bearer t" } };
    const { status, body } = await getJson(app, "/api/documents?published=2016-08-18", init);
    assert.equal(status, 201, JSON.stringify(body));
    const again = await getJson(app, "/api/documents?published=2016-08-18", init);
    assert.deepEqual([again.status, again.body.status], [200, "unchanged"]);
    const stored = (await getJson(app, `/api/documents/${body.document_id}`)).body.document as DocumentText;
    assert.equal(stored.text, text);
    for (const span of stored.events.flatMap((e) => e.evidence)) assert.equal(stored.text.slice(span.start, span.end), span.text);
  });
});

describe("the web page", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-web-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>sitrep</title>");

  it("is served from the built folder, with a content security policy", async () => {
    const app = await testApp({ webDir: dir });
    const response = await app.request("/");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("Content-Type") ?? "", /^text\/html/);
    assert.match(response.headers.get("Content-Security-Policy") ?? "", /default-src 'self'/);
    assert.equal(await response.text(), "<!doctype html><title>sitrep</title>");
  });

  it("says how to build it when it is missing", async () => {
    const { status, body } = await getJson(await testApp({ webDir: join(dir, "missing") }), "/");
    assert.equal(status, 404);
    assert.match(String(body.error), /npm run build/);
  });

  it("GET /api/config tells the page about an optional tile layer", async () => {
    const { body } = await getJson(await testApp({ tileUrl: "https://tiles.example.org/{z}/{x}/{y}.png" }), "/api/config");
    assert.deepEqual(body, { ok: true, tileUrl: "https://tiles.example.org/{z}/{x}/{y}.png", allowIngest: false });
  });
});
