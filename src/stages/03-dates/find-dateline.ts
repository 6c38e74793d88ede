// The dateline: a date standing alone near the top of a document ("18 August 2016", "Published:
// 2016-08-18", "BEIRUT, Aug 18 (Reuters) -"). Only a line that is a date and little else counts, so a
// date inside a sentence of the story never becomes the publication date.
import type { DateRule } from "./date-rules.js";
import type { DateWords } from "./date-words.js";

/** How far into the text a dateline may stand. */
const DATELINE_WINDOW = 1500;
const MAX_LINES = 12;

/** What may stand beside the date on a dateline: labels, times, weekdays, bylines' punctuation. */
const FILLER = /\b(?:published|updated|posted|last\s+updated|first\s+published|date|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|est|edt|et|local\s+time)\b|\d{1,2}[:.]\d{2}|[\s,.:;|/()\-–—·•]+/gi;

interface LinePatterns {
  wire: RegExp;
  weekdays: RegExp;
}

/** Built once per lexicon, not once per line. */
const PATTERNS = new WeakMap<DateWords, LinePatterns>();

function patternsFor(words: DateWords): LinePatterns {
  let found = PATTERNS.get(words);
  if (!found) {
    found = {
      wire: new RegExp(`^[A-Z][A-Za-z .'-]+,\\s+(${words.monthPattern})\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*\\([A-Za-z .]+\\)\\s*[-–—]`),
      weekdays: new RegExp(words.weekdayPattern, "g"),
    };
    PATTERNS.set(words, found);
  }
  return found;
}

/** Wire-service opening: "BEIRUT, Aug 18 (Reuters) -". The year, when absent, comes from `published`. */
function wireDateline(line: string, words: DateWords, published: string | null): string | null {
  const m = patternsFor(words).wire.exec(line);
  if (!m) return null;
  const year = m[3] ?? published?.slice(0, 4);
  if (!year) return null;
  const month = words.months.get(m[1].toLowerCase()) ?? 0;
  const day = Number(m[2]);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** A line that holds one absolute date (resolvable without a reference) and nothing but filler. */
function standaloneDate(line: string, rules: DateRule[], words: DateWords): string | null {
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(line);
    rule.pattern.lastIndex = 0;
    if (!m) continue;
    const resolved = rule.resolve(m, null, words);
    if (!resolved?.date || resolved.time_precision !== 1) continue;
    const rest = (line.slice(0, m.index) + " " + line.slice(m.index + m[0].length)).replace(FILLER, "");
    const weekdayLeft = rest.replace(patternsFor(words).weekdays, "");
    if (weekdayLeft.length === 0) return resolved.date;
  }
  return null;
}

export function findDateline(text: string, rules: DateRule[], words: DateWords, published: string | null): string | null {
  const lines = text.slice(0, DATELINE_WINDOW).split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  for (const line of lines.slice(0, MAX_LINES)) {
    const found = line.length <= 60 ? standaloneDate(line, rules, words) : null;
    const wire = found ?? wireDateline(line, words, published);
    if (wire) return wire;
  }
  return null;
}
