// Which lines of a plain-text article are publisher boilerplate. A line is boilerplate when its cues add up
// to 1; a short line sandwiched between two boilerplate lines goes with them (a pitch spread over lines).
import { BOILERPLATE_CUES, hasAnyCueKeyword } from "./boilerplate-cues.js";

export interface LineVerdict {
  line: string;
  boilerplate: boolean;
  reason: string | null;
}

const LONG_LINE_WORDS = 60;

export function scoreBoilerplate(line: string): { score: number; reason: string | null } {
  let score = 0;
  let reason: string | null = null;
  if (!hasAnyCueKeyword(line)) return { score, reason };
  for (const cue of BOILERPLATE_CUES) {
    if (cue.pattern.test(line)) {
      score += cue.weight;
      reason ??= cue.reason;
    }
  }
  // Long paragraphs of reporting can quote an appeal; they need stronger evidence.
  if (score > 0 && line.split(/\s+/).length > LONG_LINE_WORDS) score /= 2;
  return { score, reason };
}

export function findBoilerplate(lines: readonly string[]): LineVerdict[] {
  const first = lines.map((line) => {
    const trimmed = line.trim();
    const { score, reason } = scoreBoilerplate(trimmed);
    return { line, boilerplate: trimmed !== "" && score >= 1, reason: score >= 1 ? reason : null };
  });
  return first.map((verdict, i) => {
    if (verdict.boilerplate || verdict.line.trim() === "") return verdict;
    const before = previousNonBlank(first, i, -1);
    if (!before?.boilerplate) return verdict;
    const after = previousNonBlank(first, i, +1);
    const shortish = verdict.line.split(/\s+/).length <= LONG_LINE_WORDS;
    if (shortish && after?.boilerplate && scoreBoilerplate(verdict.line).score > 0) {
      return { ...verdict, boilerplate: true, reason: before.reason };
    }
    return verdict;
  });
}

function previousNonBlank(verdicts: LineVerdict[], from: number, step: 1 | -1): LineVerdict | null {
  for (let i = from + step; i >= 0 && i < verdicts.length; i += step) {
    if (verdicts[i].line.trim() !== "") return verdicts[i];
  }
  return null;
}
