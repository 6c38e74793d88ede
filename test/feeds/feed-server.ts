// A local feed site for the watch tests (127.0.0.1, ephemeral port): feeds and article pages from an
// invented world, robots.txt, conditional GET, a feed that breaks, and a log of every request with its time.
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface LoggedRequest {
  path: string;
  at: number;
  headers: IncomingMessage["headers"];
}

export interface FeedServer {
  base: string;
  requests: LoggedRequest[];
  /** How the broken feed answers next: an HTTP 500, malformed XML, or a good feed. */
  broken: { mode: "500" | "malformed" | "good" };
  close(): Promise<void>;
}

const ETAG = '"gondor-v1"';
const LAST_MODIFIED = "Tue, 16 Aug 2016 12:00:00 GMT";

export const ARTICLES: Record<string, { title: string; body: string }> = {
  "/news/minas-tirith-shelling.html": {
    title: "Shelling kills 12 in Minas Tirith",
    body: "Gondorian army artillery shelled the lower circles of Minas Tirith on Tuesday, killing at least 12 civilians, the Osgiliath Observatory said. Residents said the shells fell near the market.",
  },
  "/news/fornost-clash.html": {
    title: "Rangers clash with raiders near Fornost",
    body: "Rangers of the North clashed with Angmar raiders near Fornost on Monday. Three fighters were killed in the fighting, a local official said.",
  },
  "/private/osgiliath-raid.html": {
    title: "Raid in Osgiliath",
    body: "This page is disallowed by robots.txt and must never be fetched by the watcher.",
  },
  "/news/bree-protest.html": {
    title: "Protest in Bree",
    body: "Hundreds of hobbits protested peacefully in Bree on Wednesday against the new toll on the East Road.",
  },
};

export function articlePage(path: string): string {
  const article = ARTICLES[path];
  return `<!DOCTYPE html><html><head><title>${article.title}</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>${article.title}</h1><p>${article.body}</p><p>Reporting by the Gondor Herald staff.</p></article>
<footer>Copyright Gondor Herald</footer></body></html>`;
}

export function gondorRss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Gondor Herald</title><link>${base}/</link><description>News of the realm</description>
<item><title>Shelling kills 12 in Minas Tirith</title><link>${base}/news/minas-tirith-shelling.html</link>
<guid isPermaLink="false">gondor-herald-1001</guid><pubDate>Tue, 16 Aug 2016 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Artillery hit the lower circles.&lt;/p&gt;</description></item>
<item><title>Raid in Osgiliath</title><link>${base}/private/osgiliath-raid.html</link>
<guid isPermaLink="false">gondor-herald-1002</guid><pubDate>Tue, 16 Aug 2016 11:00:00 GMT</pubDate></item>
</channel></rss>`;
}

/** Its entry link is relative, to be resolved against the feed URL. */
export function arnorAtom(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Arnor Courier</title><id>urn:arnor-courier</id><updated>2016-08-15T12:00:00Z</updated>
<entry><title>Rangers clash with raiders near Fornost</title><id>urn:arnor-courier:77</id>
<link rel="alternate" href="/news/fornost-clash.html"/><published>2016-08-15T09:30:00Z</published><updated>2016-08-15T09:30:00Z</updated>
<summary>Three killed near Fornost.</summary></entry>
</feed>`;
}

export function breeRdf(base: string): string {
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${base}/bree.rdf"><title>Bree Bulletin</title><link>${base}/</link><description>Bree</description></channel>
<item rdf:about="${base}/news/bree-protest.html"><title>Protest in Bree</title><link>${base}/news/bree-protest.html</link>
<dc:date>2016-08-17T08:00:00Z</dc:date><description>Hobbits protest the toll.</description></item>
</rdf:RDF>`;
}

/** A JSON Feed 1.1: a numeric id, a relative url, content_text, and an item with no link (read from its content). */
export function rohanJsonFeed(): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1", title: "Rohan Rider",
    items: [
      { id: 501, url: "/news/fornost-clash.html", title: "Rangers clash with raiders near Fornost", date_published: "2016-08-15T09:30:00Z", summary: "Three killed." },
      { id: "rider-502", title: "Riders patrol the Fords of Isen", content_text: "Riders of the Mark patrolled the Fords of Isen on Sunday.", date_modified: "2016-08-14T08:00:00+02:00" },
    ],
  });
}

export async function startFeedServer(): Promise<FeedServer> {
  const requests: LoggedRequest[] = [];
  const broken: FeedServer["broken"] = { mode: "500" };
  let base = "";
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    requests.push({ path, at: Date.now(), headers: req.headers });
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (path === "/robots.txt") return send(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    if (path === "/gondor.rss") {
      if (req.headers["if-none-match"] === ETAG) return send(304, "application/rss+xml", "", { etag: ETAG });
      return send(200, "application/rss+xml; charset=utf-8", gondorRss(base), { etag: ETAG });
    }
    if (path === "/arnor.atom") {
      if (req.headers["if-modified-since"] === LAST_MODIFIED) return send(304, "application/atom+xml", "");
      return send(200, "application/atom+xml", arnorAtom(), { "last-modified": LAST_MODIFIED });
    }
    if (path === "/bree.rdf") return send(200, "application/rdf+xml", breeRdf(base));
    if (path === "/broken.rss") {
      if (broken.mode === "500") return send(500, "text/plain", "the press is on fire");
      if (broken.mode === "malformed") return send(200, "application/rss+xml", "<rss><channel><title>Half a feed</title><item><title>Cut off");
      return send(200, "application/rss+xml", breeRdf(base));
    }
    if (ARTICLES[path]) return send(200, "text/html; charset=utf-8", articlePage(path));
    send(404, "text/plain", "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    base, requests, broken,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
