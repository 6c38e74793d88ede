// Generators of hostile and news-like text for the property tests and scripts/fuzz.ts: any unicode, lone
// surrogates, emoji, long whitespace runs, HTML-ish soup, numbers, and sentences built from words, capitalised
// names, figures and dates.
import fc from "fast-check";

const WORDS = ["the", "forces", "killed", "wounded", "at", "least", "in", "near", "on", "and", "said", "air", "strike",
  "shelling", "clashes", "rebels", "army", "police", "protesters", "village", "town", "according", "to", "between",
  "people", "civilians", "were", "by", "militants", "captured", "bomb", "exploded", "arrested", "abducted", "dozens"];
const NAMES = ["Aleppo", "Idlib", "Taiz", "Kunduz", "Mogadishu", "Tripoli", "Mosul", "Brannoch", "Tel Marrow", "Quillan",
  "Reuters", "AFP", "Taliban", "Houthi", "Islamic State", "Northern Liberation Front", "Gen.", "Mr.", "Dr.", "U.S.", "al-Shabaab"];
const DATES = ["on Tuesday", "yesterday", "2 March 2031", "on 18 August", "last month", "two weeks ago", "2031-03-02",
  "early on Friday", "overnight", "31 February 2031", "on 0 March", "9999-99-99"];
const WHITESPACE = [" ", "\n", "\r\n", "\t", "\u00a0", "\u2028", "\u200b", "\f", "\v", "\r"];
const TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<style>", "<!--", "-->", "<html>", "<body>",
  "<title>", "</title>", "<meta property=\"article:published_time\" content=\"2031-03-02\">", "<a href=\"x\">", "</a>", "&amp;",
  "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<h1>", "</h1>", "<table><tr><td>", "<", ">", "\"", "'"];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const emoji = fc.constantFrom("😀", "👩‍👩‍👧", "🇸🇾", "🔥", "\u{1F4A5}", "e\u0301", "ﷺ", "𝔄");

const number = fc.oneof(fc.integer().map(String), fc.double().map(String), fc.constantFrom("1,000", "3.5", "-0", "1e309", "12"));
const figure = fc.tuple(fc.constantFrom("at least", "between", "more than", "up to", ""), fc.nat(100_000), fc.constantFrom("killed", "wounded", "people were killed", "and"))
  .map(([q, n, w]) => `${q} ${n} ${w}`);

const newsToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10, unit: "grapheme-ascii" }).map((s) => s[0].toUpperCase() + s.slice(1)) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: figure },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(".", ",", ";", "\"", "(", ")", "-", "\n\n", "\n", ":") },
);

/** A run of sentence-ish tokens joined by spaces: the text the pipeline is built for, shuffled. */
export const newsLikeText = fc.array(newsToken, { maxLength: 120 }).map((tokens) => tokens.join(" "));

export const whitespaceRun = fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 3000 }).map((parts) => parts.join(""));

/** Any text a reader could hand over as a plain-text document. */
export const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: fc.oneof(loneSurrogate, emoji, fc.constantFrom("a", " ", ".", "\n")), maxLength: 200 }),
  whitespaceRun,
  fc.tuple(whitespaceRun, newsLikeText, whitespaceRun).map((parts) => parts.join("")),
  newsLikeText,
  fc.array(fc.oneof(newsLikeText, emoji, loneSurrogate, whitespaceRun.map((w) => w.slice(0, 50))), { maxLength: 8 }).map((p) => p.join("")),
);

/** HTML-ish soup: tags, entities and news-like text in any order, unbalanced as often as not. */
export const htmlishText = fc.array(fc.oneof(fc.constantFrom(...TAGS), newsLikeText, emoji, loneSurrogate), { maxLength: 40 })
  .map((parts) => parts.join(""));
