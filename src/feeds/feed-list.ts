// FEEDS on the command line: each a feed URL, or a text file listing them (one a line; blank lines and
// `#` comments skipped). A list that cannot be read, or a line that is not a URL, is a problem naming it.
import { readFile } from "node:fs/promises";
import type { Problem } from "../types.js";

export interface FeedList {
  feeds: string[];
  problems: { input: string; problem: Problem }[];
}

export async function resolveFeedArgs(args: readonly string[]): Promise<FeedList> {
  const feeds: string[] = [];
  const problems: FeedList["problems"] = [];
  for (const arg of args) {
    if (isHttpUrl(arg)) {
      feeds.push(arg);
      continue;
    }
    let text: string;
    try {
      text = await readFile(arg, "utf8");
    } catch (error) {
      problems.push({ input: arg, problem: { kind: "unreadable-input", message: `expected a feed URL or a file listing feed URLs: ${(error as Error).message}` } });
      continue;
    }
    const listed = parseFeedList(text, arg);
    feeds.push(...listed.feeds);
    problems.push(...listed.problems);
  }
  return { feeds: [...new Set(feeds)], problems };
}

export function parseFeedList(text: string, name: string): FeedList {
  const feeds: string[] = [];
  const problems: FeedList["problems"] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    if (isHttpUrl(line)) feeds.push(line);
    else problems.push({ input: `${name}:${index + 1}`, problem: { kind: "unreadable-input", message: `expected a feed URL (http or https), got '${line}'` } });
  });
  return { feeds, problems };
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false; // looks like a URL but does not parse: the caller reports it as not a URL
  }
}
