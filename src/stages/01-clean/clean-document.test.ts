import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanDocument } from "./clean-document.js";
import { findBoilerplate } from "./find-boilerplate.js";

const clean = (body: string, format: "text" | "html" = "text", published: string | null = null) =>
  cleanDocument({ path: "fixture", url: null, body, format }, { published });

const lineCases: [label: string, line: string, boilerplate: boolean][] = [
  ["donation appeal", "Your gifts keep our reporters in the field. Your support matters more than ever.", true],
  ["paywall pitch", "We never put our reporting behind paywalls, but it still costs money.", true],
  ["self-promotion with a reader count", "The Valdoran Courier is trusted by 4 million readers every week.", true],
  ["subscription prompt", "Subscribe to Courier Plus to save this story", true],
  ["comments widget", "Comments", true],
  ["age banner", "This article is more than 6 years old", true],
  ["separator", "* * *", true],
  ["reporting that mentions money", "The militia demanded a ransom of 20,000 dollars for the hostages.", false],
  ["reporting with a quote asking for help", 'A nurse in Ostravel said the clinic had run out of bandages.', false],
  ["reporting about a newspaper", "The Ostravel Herald reported that shelling hit the market on Monday.", false],
];

for (const [label, line, expected] of lineCases) {
  test(`boilerplate line: ${label}`, () => {
    assert.equal(findBoilerplate([line])[0].boilerplate, expected);
  });
}

test("clean: drops an appeal spread over several lines and keeps the reporting", () => {
  const body = [
    "Shelling hits Ostravel market",
    "Your support keeps this story going",
    "Voters are split down the middle this autumn, and we need people on the ground. Your support lets us stay.",
    "Artillery shells struck the market in Ostravel on Monday, killing four traders.",
    "Join our commenting forum",
    "Comments",
  ].join("\n");
  const doc = clean(body);
  assert.equal(doc.text, "Shelling hits Ostravel market\nArtillery shells struck the market in Ostravel on Monday, killing four traders.");
  assert.equal(doc.removed.length, 4);
  assert.equal(doc.title, "Shelling hits Ostravel market");
});

test("clean: curly quotes fold to ASCII and the id is the sha256 of the cleaned text", () => {
  const a = clean("The governor\u2019s guards fired.  \r\n");
  const b = clean("The governor's guards fired.");
  assert.equal(a.text, "The governor's guards fired.");
  assert.equal(a.id, b.id);
  assert.match(a.id, /^[0-9a-f]{64}$/);
});

test("clean: HTML keeps the article and reads title, publisher and date from the page", () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) =>
    `<p>Paragraph ${i + 1}: militia units loyal to the Ostravel council exchanged fire with border guards near the old bridge, residents said, and the clashes went on into the night.</p>`).join("");
  const html = `<html><head><title>Site</title><meta property="og:title" content="Clashes near the old bridge">
    <meta property="og:site_name" content="Ostravel Herald"><meta property="article:published_time" content="2031-03-04T08:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${paragraphs}</article>
    <footer>Copyright 2031. All rights reserved.</footer></body></html>`;
  const doc = clean(html, "html");
  assert.equal(doc.title, "Clashes near the old bridge");
  assert.equal(doc.publisher, "Ostravel Herald");
  assert.equal(doc.published, "2031-03-04");
  assert.equal(doc.published_from, "meta");
  assert.match(doc.text, /^Clashes near the old bridge\n\nParagraph 1: militia units/);
  assert.doesNotMatch(doc.text, /Home|All rights reserved/);
});

test("clean: a given publication date wins over the page's", () => {
  const doc = clean("<html><head><meta name=\"date\" content=\"2030-01-01\"></head><body><p>Text.</p></body></html>", "html", "2031-05-06");
  assert.equal(doc.published, "2031-05-06");
  assert.equal(doc.published_from, "given");
});

// One line per cue: the keyword prefilter must let every line a cue matches through, or the cue never runs.
const cueLines = [
  "Your support matters", "Please support our journalism", "Make a donation", "No paywalls here", "Quality journalism costs",
  "Help us now", "Trusted by 4 million readers", "Subscribers get more", "Download our app", "Go premium", "Our newsletter",
  "Create an account", "Sign in", "Login here", "Log in", "DONATE NOW", "Subscribe", "Bookmark this", "Read our commenting policy", "Comments", "Other Courier readers", "Your replies",
  "Share this story", "Email", "Share on Facebook", "Follow us on Mastodon", "Click here", "This story is over 5 years old",
  "© 2031 Courier", "(c) 2031 Courier", "We use cookies; accept the policy", "Terms of use", "* * *", "— — —",
];
test("boilerplate cue prefilter: every cue's line passes the keyword test", async () => {
  const { BOILERPLATE_CUES, hasAnyCueKeyword } = await import("./boilerplate-cues.js");
  for (const cue of BOILERPLATE_CUES) {
    const lines = cueLines.filter((line) => cue.pattern.test(line));
    assert.ok(lines.length > 0, `no sample line for the cue ${cue.pattern}`);
    for (const line of lines) assert.ok(hasAnyCueKeyword(line), `prefilter misses ${JSON.stringify(line)} (${cue.pattern})`);
  }
});
