import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findFeedLinks } from "../../src/feeds/discover-feed.js";

const PAGE = "https://herald.example/news/";

describe("findFeedLinks: <link rel=alternate> feeds on a page, absolute, in page order", () => {
  const cases: [string, string, string[]][] = [
    ["an RSS link, relative", `<head><link rel="alternate" type="application/rss+xml" href="/rss"></head>`, ["https://herald.example/rss"]],
    ["Atom and JSON Feed, attributes in any order and quoting", `<link href='feed.atom' type='application/atom+xml' rel='alternate'>
      <link type=application/feed+json rel=alternate href=feed.json>`, ["https://herald.example/news/feed.atom", "https://herald.example/news/feed.json"]],
    ["rel with several words and upper case", `<LINK REL="Alternate Home" TYPE="application/rss+xml" HREF="/a.rss">`, ["https://herald.example/a.rss"]],
    ["a type with a charset", `<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/c.rss">`, ["https://herald.example/c.rss"]],
    ["an escaped ampersand in the query", `<link rel="alternate" type="application/rss+xml" href="/q?a=1&amp;b=2">`, ["https://herald.example/q?a=1&b=2"]],
    ["the same feed twice is listed once", `<link rel="alternate" type="application/rss+xml" href="/r"><link rel="alternate" type="application/rss+xml" href="https://herald.example/r">`, ["https://herald.example/r"]],
    ["a stylesheet is not a feed", `<link rel="stylesheet" type="text/css" href="/s.css">`, []],
    ["an alternate language page is not a feed", `<link rel="alternate" hreflang="fr" href="/fr/">`, []],
    ["a feed type without rel=alternate is not announced", `<link rel="feed" type="application/rss+xml" href="/x.rss">`, []],
    ["a javascript: href is refused", `<link rel="alternate" type="application/rss+xml" href="javascript:void(0)">`, []],
    ["no links at all", `<p>Gondor Herald</p>`, []],
  ];
  for (const [label, html, expected] of cases) it(label, () => assert.deepEqual(findFeedLinks(html, PAGE), expected));
});
