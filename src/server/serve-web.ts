// The web page, from the package's web/dist (built by web/build.js): no CDN, nothing fetched from elsewhere.
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { Hono } from "hono";
import { findProjectRoot } from "../gazetteer/project-paths.js";
import { ApiError } from "./api-error.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml", ".map": "application/json",
};

export function createWebRoutes(options: { webDir?: string; tileUrl?: string } = {}): Hono {
  const webDir = options.webDir ?? join(findProjectRoot(), "web", "dist");
  const routes = new Hono();
  const tileOrigin = options.tileUrl ? new URL(options.tileUrl.replace(/[{}]/g, "")).origin : "";
  const policy = `default-src 'self'; img-src 'self' data: ${tileOrigin}; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'`;

  routes.get("/*", async (c) => {
    const path = c.req.path === "/" ? "/index.html" : c.req.path;
    const type = TYPES[extname(path)];
    const file = normalize(join(webDir, path));
    if (!type || !file.startsWith(webDir)) throw new ApiError(404, `no page at ${c.req.path}`);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      if (!missing) throw error;
      const hint = path === "/index.html" ? "; the web page is not built: run `npm run build`" : "";
      throw new ApiError(404, `no page at ${c.req.path}${hint}`);
    }
    return c.body(new Uint8Array(body), 200, {
      "Content-Type": type, "Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff",
      "Cache-Control": path === "/index.html" ? "no-cache" : "max-age=300",
    });
  });
  return routes;
}
