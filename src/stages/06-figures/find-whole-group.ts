// "Gunmen attacked three farmers in Bree. All the victims died.": a sentence that tells the fate of a whole
// group counted just before ("all the victims", "the victims") counts that group again, under its own verb.
import type { Measure } from "../../types.js";

export interface WholeGroup {
  measure: Measure;
  /** The group as the sentence names it ("victims"). */
  subject: string;
  /** UTF-16 offsets into the sentence text. */
  start: number;
  end: number;
}

/** "all (of) the victims died", "the victims were killed": the whole group and its fate ("one of the victims" is not). */
const WHOLE_GROUP = /(?<!\bof\s+)\b(?:[Aa]ll\s+(?:of\s+)?the|[Tt]he|[Aa]ll)\s+(victims|people|men|women|passengers|occupants)\s+(?:(died|were\s+killed|were\s+(?:shot|found)\s+dead|lost\s+their\s+lives)|(were\s+(?:injured|wounded|hurt)))\b/;

export function findWholeGroup(sentenceText: string): WholeGroup | null {
  const m = WHOLE_GROUP.exec(sentenceText);
  if (!m) return null;
  return { measure: m[2] ? "killed" : "injured", subject: m[1], start: m.index, end: m.index + m[0].length };
}
