// Cues that mark a line as publisher boilerplate rather than reporting: appeals for money, subscription and
// account prompts, comment and share widgets, article-age banners. Rules are data, each with its reason.
// A line is dropped when its cue weights add up to 1 or more (see find-boilerplate.ts).

export interface BoilerplateCue {
  pattern: RegExp;
  weight: number;
  reason: string;
}

export const BOILERPLATE_CUES: readonly BoilerplateCue[] = [
  { pattern: /\byour support\b/i, weight: 1, reason: "donation appeal" },
  { pattern: /\bsupport (?:us|our (?:journalism|reporting|work))\b/i, weight: 1, reason: "donation appeal" },
  { pattern: /\b(?:donate|donation|make a contribution|contribute (?:today|now))\b/i, weight: 0.6, reason: "donation appeal" },
  { pattern: /\bpaywalls?\b/i, weight: 1, reason: "paywall pitch" },
  { pattern: /\bquality journalism\b|\bindependent journalism\b|\bjournalism (?:must|costs|needs)\b/i, weight: 0.6, reason: "journalism pitch" },
  { pattern: /\bhelp us\b/i, weight: 0.5, reason: "appeal" },
  { pattern: /\btrusted by [\d.,]+ (?:million|thousand)?\b/i, weight: 1, reason: "publisher self-promotion" },
  { pattern: /\bsubscri(?:be|ption|ber)s?\b/i, weight: 0.6, reason: "subscription prompt" },
  { pattern: /^(?:subscribe|sign up|register|log in|download our app|get the app)\b/i, weight: 1, reason: "call to action" },
  { pattern: /\bpremium\b/i, weight: 0.4, reason: "subscription prompt" },
  { pattern: /\bnewsletters?\b/i, weight: 0.6, reason: "newsletter prompt" },
  { pattern: /\bsign (?:up|in)\b|\blog ?in\b|\bcreate an account\b/i, weight: 0.5, reason: "account prompt" },
  { pattern: /\bbookmark\b/i, weight: 0.6, reason: "reader feature prompt" },
  { pattern: /\bcomment(?:ing|s)? (?:forum|section|policy)\b|^comments?$|\bjoin the (?:conversation|discussion)\b/i, weight: 1, reason: "comments widget" },
  { pattern: /\b(?:other|fellow) \w+ readers\b|\byour replies\b|\btheir replies\b/i, weight: 0.5, reason: "comments widget" },
  { pattern: /^(?:share|share this(?: article| story)?|tweet|email|print|advertisement|related|read more|more on this story)\W*$/i, weight: 1, reason: "page widget" },
  { pattern: /\bshare (?:this|on) (?:article|story|facebook|twitter)\b|\bfollow us on\b/i, weight: 1, reason: "share widget" },
  { pattern: /\bclick here\b/i, weight: 0.5, reason: "page widget" },
  { pattern: /\bthis (?:story|article) is (?:over|more than) \w+ (?:years?|months?) old\b/i, weight: 1, reason: "article-age banner" },
  { pattern: /\ball rights reserved\b|©|\(c\) \d{4}\b/i, weight: 1, reason: "copyright footer" },
  // "cookie ... consent": only the first "cookie" after a line start is tried, since a later one finds less
  // after it; trying each would re-read the rest of the line every time, quadratic on a hostile line.
  { pattern: /(?:^|[\n\r\u2028\u2029])(?:(?!\bcookies?\b).)*\bcookies?\b.*\b(?:consent|accept|policy)\b|\bprivacy policy\b|\bterms of (?:use|service)\b/i, weight: 1, reason: "legal footer" },
  { pattern: /^[*\s·•\-–—_=~#]+$/, weight: 1, reason: "separator line" },
];

/**
 * Words or marks one of which every cue above needs, as one case-insensitive pattern (one scan of the line
 * instead of one per cue; faster than lowering the line and searching each word). Most lines of reporting
 * carry none, and then the cues need not run at all. Each entry is the shortest literal its cues share
 * ("support" for "your support" and "support us"): fewer, shorter branches scan about a quarter faster, and
 * a looser gate only lets a few more lines reach the cues, which decide. Keep in step with the list (a test
 * checks each cue).
 */
const ANY_CUE_KEYWORD = new RegExp([
  "support|donat|contribut|paywall|journalism|help us|trusted by|subscri|register|download our app|get the app|sign up|sign in|log ?in",
  "create an account|premium|newsletter|bookmark|comment|join the|readers|replies|share|follow us|click here|this story|this article",
  "rights reserved|©|\\(c\\)|cookie|privacy policy|terms of",
  "^(?:tweet|email|print|advertisement|related|read more|more on this story)\\W*$",
  "^[*\\s·•\\-–—_=~#]+$",
].join("|"), "i");

/** False when no cue can match the line (a quick test before running them all). */
export function hasAnyCueKeyword(line: string): boolean {
  return ANY_CUE_KEYWORD.test(line);
}
