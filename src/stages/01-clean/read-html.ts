// HTML to article text with Mozilla Readability (the Firefox Reader View engine) over jsdom, plus the page's
// own metadata: title, publisher and publication date from <meta>, JSON-LD and <time>.
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type * as JsdomModule from "jsdom";

// jsdom takes about half a second to load: it is required on the first HTML page, not at start-up,
// so plain-text runs (and `sitrep extract` on one article) start fast.
const require = createRequire(import.meta.url);
let htmlLibraries: { JSDOM: typeof JsdomModule.JSDOM; VirtualConsole: typeof JsdomModule.VirtualConsole; Readability: typeof ReadabilityClass } | null = null;

function loadHtmlLibraries(): NonNullable<typeof htmlLibraries> {
  if (!htmlLibraries) {
    const jsdom = require("jsdom") as typeof JsdomModule;
    const { Readability } = require("@mozilla/readability") as { Readability: typeof ReadabilityClass };
    htmlLibraries = { JSDOM: jsdom.JSDOM, VirtualConsole: jsdom.VirtualConsole, Readability };
  }
  return htmlLibraries;
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
}

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2",
  "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);

/** Deeper nesting than any real article has; jsdom (and a recursive walk) would overflow the stack. */
const MAX_NESTING = 400;
/** More elements than a heavy news page has (typically 1,000-4,000); Readability's scoring is quadratic in them. */
const MAX_ELEMENTS = 6_000;

/**
 * jsdom frees a closed window only on a later turn of the event loop: a caller looping over many pages
 * synchronously should yield between them (ingest does) or memory grows by about 1 MB a page.
 */
export function readHtml(html: string, url: string | null): HtmlArticle {
  const shape = measureTags(html);
  if (shape.depth > MAX_NESTING || shape.elements > MAX_ELEMENTS) {
    return { text: stripTags(html), title: null, publisher: null, published: null };
  }
  const { JSDOM, VirtualConsole, Readability } = loadHtmlLibraries();
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const meta = readMetadata(document);
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  const root = article?.content ? JSDOM.fragment(article.content) : document.body;
  const text = root ? blockText(root) : "";
  const title = meta.title ?? article?.title ?? null;
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  dom.window.close();
  return { text: withTitle, title, publisher: meta.publisher ?? article?.siteName ?? null, published: meta.published };
}

/** Text with a paragraph break after every block element, so sentences never run across blocks. */
function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) parts.push((n.textContent ?? "").replace(/\s+/g, " "));
    else if (n.nodeType === 1 || n.nodeType === 11) {
      const tag = (n as Element).tagName ?? "";
      if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
      if (tag === "BR") parts.push("\n");
      const block = BLOCK_TAGS.has(tag);
      if (block) parts.push("\n\n");
      n.childNodes.forEach(walk);
      if (block) parts.push("\n\n");
    }
  };
  walk(node);
  return parts.join("");
}

function readMetadata(document: Document): { title: string | null; publisher: string | null; published: string | null } {
  const metaContent = (...names: string[]): string | null => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const value = el?.getAttribute("content")?.trim();
      if (value) return value;
    }
    return null;
  };
  const published =
    metaContent("article:published_time", "datePublished", "date", "pubdate", "publishdate", "DC.date.issued", "dc.date", "og:published_time", "sailthru.date", "parsely-pub-date") ??
    readJsonLdDate(document) ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  return {
    title: metaContent("og:title", "twitter:title") ?? (document.title.trim() || null),
    publisher: metaContent("og:site_name", "application-name", "publisher"),
    published: toIsoDay(published),
  };
}

function readJsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    if (match) return match[1];
  }
  return null;
}

/** "2016-08-18T09:30:00Z" -> "2016-08-18"; anything that is not a date -> null. */
export function toIsoDay(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** How many elements, and how deeply nested, by a cheap scan of open and close tags (void elements not nested). */
function measureTags(html: string): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (!match[1]) elements++;
    if (VOID_TAGS.has(match[2].toLowerCase()) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return { depth: deepest, elements };
}

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Text of pathological HTML without building a DOM: scripts and styles dropped, tags become breaks. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n");
}
