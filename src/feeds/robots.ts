// robots.txt for article fetches (RFC 9309 via robots-parser): fetched once per origin and kept for
// `ttlMs`. A missing robots.txt (4xx) allows everything; one that cannot be had (5xx, network) disallows
// the origin until it is fetched again, as the RFC asks. A Crawl-delay for our user agent (not in the RFC, but
// widely used) comes with the verdict, so the caller can space its requests to that site; it is honoured up to
// MAX_CRAWL_DELAY_MS, since a site asking for hours between pages would stall every round.
import { createRequire } from "node:module";

/** The part of robots-parser's Robot used here (its bundled typings do not describe its CommonJS export). */
interface Robot {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getMatchingLineNumber(url: string, userAgent?: string): number;
  getCrawlDelay(userAgent?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, body: string) => Robot;

/** `temporary`: robots.txt could not be read this time, so a later try may be allowed. */
export type RobotsVerdict = { allowed: true; crawlDelayMs: number | null } | { allowed: false; reason: string; temporary: boolean };

export const MAX_CRAWL_DELAY_MS = 120_000;

export interface RobotsCheck {
  check(url: string): Promise<RobotsVerdict>;
}

export type RobotsFetch = (url: string) => Promise<{ status: number; body: string } | { error: string }>;

export interface RobotsOptions {
  userAgent: string;
  /** Fetches robots.txt (the caller paces it like any other request). */
  fetchText: RobotsFetch;
  ttlMs?: number;
  now?: () => number;
}

interface Rules {
  fetchedAt: number;
  verdict: (url: string) => RobotsVerdict;
}

const DEFAULT_TTL_MS = 60 * 60_000;

export function createRobotsCheck(options: RobotsOptions): RobotsCheck {
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const cache = new Map<string, Promise<Rules>>();
  return {
    async check(url: string): Promise<RobotsVerdict> {
      const origin = new URL(url).origin;
      let rules = cache.get(origin);
      if (rules === undefined || now() - (await rules).fetchedAt > ttl) {
        rules = loadRules(origin, options, now);
        cache.set(origin, rules);
      }
      return (await rules).verdict(url);
    },
  };
}

async function loadRules(origin: string, options: RobotsOptions, now: () => number): Promise<Rules> {
  const robotsUrl = `${origin}/robots.txt`;
  const got = await options.fetchText(robotsUrl);
  const fetchedAt = now();
  if ("error" in got || got.status >= 500) {
    const why = "error" in got ? got.error : `HTTP ${got.status}`;
    return { fetchedAt, verdict: () => ({ allowed: false, reason: `${robotsUrl} could not be read (${why}), so the site is treated as disallowed`, temporary: true }) };
  }
  if (got.status >= 400) return { fetchedAt, verdict: () => ({ allowed: true, crawlDelayMs: null }) };
  const robot = robotsParser(robotsUrl, got.body);
  const crawlDelayMs = toCrawlDelayMs(robot.getCrawlDelay(options.userAgent));
  return {
    fetchedAt,
    verdict: (url) => robot.isAllowed(url, options.userAgent) === false
      ? { allowed: false, reason: `${robotsUrl} disallows it (line ${robot.getMatchingLineNumber(url, options.userAgent)})`, temporary: false }
      : { allowed: true, crawlDelayMs },
  };
}

/** Crawl-delay in seconds (fractions allowed) to milliseconds, capped; null when absent or not a positive number. */
export function toCrawlDelayMs(seconds: number | undefined): number | null {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.min(MAX_CRAWL_DELAY_MS, Math.round(seconds * 1000));
}
