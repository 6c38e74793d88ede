// Feed autodiscovery, so that `sitrep watch` takes a site's address as well as its feed's: a page names its
// feeds in `<link rel="alternate" type="application/rss+xml" href="...">` tags (RSS and Atom autodiscovery;
// JSON Feed uses type application/feed+json). Pure: HTML in, absolute feed URLs out, in page order.

const FEED_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"]);
const LINK_TAG = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** Feed links live in the head; a page's first 64 KB hold it. */
const SCAN_CHARS = 65_536;

export function findFeedLinks(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.slice(0, SCAN_CHARS).matchAll(LINK_TAG)) {
    const attributes = readAttributes(tag);
    const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
    const type = (attributes.get("type") ?? "").toLowerCase().split(";")[0].trim();
    const href = attributes.get("href");
    if (!rel.includes("alternate") || !FEED_TYPES.has(type) || !href) continue;
    const url = toHttpUrl(href, pageUrl);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) attributes.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  return attributes;
}

/** The few entities an href carries in practice ("?a=1&amp;b=2"). */
function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function toHttpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null; // not a URL: the page names no usable feed here
  }
}
