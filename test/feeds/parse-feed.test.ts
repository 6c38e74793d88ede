import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFeed, type FeedItem } from "../../src/feeds/parse-feed.js";
import { arnorAtom, breeRdf, gondorRss, rohanJsonFeed } from "./feed-server.js";

const BASE = "http://herald.example";

describe("parseFeed: RSS 2.0, Atom and RDF to items", () => {
  const cases: [string, string, string, Partial<FeedItem>[]][] = [
    ["RSS 2.0: guid is the key, pubDate the day, description the summary", gondorRss(BASE), "Gondor Herald", [
      { key: "gondor-herald-1001", title: "Shelling kills 12 in Minas Tirith", link: `${BASE}/news/minas-tirith-shelling.html`, published: "2016-08-16", summary: "<p>Artillery hit the lower circles.</p>" },
      { key: "gondor-herald-1002", link: `${BASE}/private/osgiliath-raid.html`, published: "2016-08-16", summary: null },
    ]],
    ["Atom: entry id, a relative link resolved against the feed URL", arnorAtom(), "Arnor Courier", [
      { key: "urn:arnor-courier:77", title: "Rangers clash with raiders near Fornost", link: `${BASE}/news/fornost-clash.html`, published: "2016-08-15", summary: "Three killed near Fornost." },
    ]],
    ["RDF/RSS 1.0: no guid, so the link is the key; dc:date the day", breeRdf(BASE), "Bree Bulletin", [
      { key: `${BASE}/news/bree-protest.html`, link: `${BASE}/news/bree-protest.html`, published: "2016-08-17" },
    ]],
    ["JSON Feed: id is the key (numbers too), url resolved, date_published else date_modified, content else summary", rohanJsonFeed(), "Rohan Rider", [
      { key: "501", title: "Rangers clash with raiders near Fornost", link: `${BASE}/news/fornost-clash.html`, published: "2016-08-15", summary: "Three killed." },
      { key: "rider-502", link: null, published: "2016-08-14", summary: "Riders of the Mark patrolled the Fords of Isen on Sunday." },
    ]],
  ];
  for (const [label, xml, title, expected] of cases) {
    it(label, () => {
      const parsed = parseFeed(xml, `${BASE}/feed`);
      assert.equal(parsed.kind, "feed");
      if (parsed.kind !== "feed") return;
      assert.equal(parsed.feed.title, title);
      assert.equal(parsed.feed.items.length, expected.length);
      expected.forEach((fields, i) => {
        for (const [key, value] of Object.entries(fields)) assert.equal(parsed.feed.items[i][key as keyof FeedItem], value, `${label}: item ${i} ${key}`);
      });
    });
  }
});

describe("parseFeed: broken feeds are one problem naming the feed", () => {
  const cases: [string, string, RegExp][] = [
    ["truncated XML", "<rss><channel><title>Half</title><item><title>Cut", /herald\.example\/feed is not well-formed XML \(line 1/],
    ["not XML at all", "the press is on fire", /not well-formed XML/],
    ["an unescaped ampersand", "<rss><channel><link>http://a/?x=1&y=2</link></channel></rss>", /not well-formed XML.*'&'/],
    ["well-formed but not a feed", "<html><body><p>Hello</p></body></html>", /is not an RSS, Atom or RDF feed/],
    ["JSON cut off", '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1"', /herald\.example\/feed is not well-formed JSON/],
    ["JSON that is not a JSON Feed", '{"name": "sitrep", "version": "0.1.0"}', /is not a JSON Feed/],
    ["a JSON Feed without items", '{"version": "https://jsonfeed.org/version/1"}', /is not a JSON Feed/],
  ];
  for (const [label, xml, message] of cases) {
    it(label, () => {
      const parsed = parseFeed(xml, `${BASE}/feed`);
      assert.equal(parsed.kind, "problem");
      if (parsed.kind !== "problem") return;
      assert.equal(parsed.problem.kind, "unreadable-input");
      assert.match(parsed.problem.message, message);
    });
  }

  it("drops a link that is not http(s) but keeps the item", () => {
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>javascript:alert(1)</link><description>Text</description></item></channel></rss>`;
    const parsed = parseFeed(xml, "feed.rss");
    assert.ok(parsed.kind === "feed");
    assert.deepEqual(parsed.feed.items, [{ key: "A", title: "A", link: null, published: null, summary: "Text" }]);
  });
});
