// Decides which numbers of a sentence are figures, and settles those no verb or noun measured from their
// neighbours: "30 fighters and 41 soldiers were killed" (coordinated: 30 shares 41's verb), "killed 9,
// including 3 commanders" (a subset), "80 doctors remain, down from 1,500" (an ellipsis of the same count).
import type { Measure } from "../../types.js";
import type { MeasureFound } from "./find-measure.js";
import type { NumberFound } from "./find-numbers.js";
import type { SubjectFound } from "./find-subject.js";

export interface CountRead {
  number: NumberFound;
  measure: MeasureFound;
  subject: string;
  unit: string;
  start: number;
  end: number;
}

const COORDINATED = /^\s*(?:,|and|or|,\s*and)\s*$/;
const SUBSET = /(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s*$/i;
/** The same words inside a clause: a verb after them belongs to the subset, not to the count before them. */
export const SUBSET_WORD = /\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b/i;
const ELLIPSIS = /(?:(?:down|up|fell|rose|dropped|increased|decreased)\s+from|compared\s+(?:with|to)|from)\s*$/i;
const HUMAN: ReadonlySet<Measure> = new Set(["killed", "injured", "displaced", "besieged", "refugees", "detained", "missing"]);

/** A count with no verb: a percentage, or a known noun of people or things ("80 doctors"). */
function plainCount(n: NumberFound, subject: SubjectFound): MeasureFound | null {
  if (n.percent) return { measure: "other", rule: "figure-percent", start: n.start, end: n.end };
  if (subject.known?.measure === "other" && !n.weak) return { measure: "other", rule: "figure-counted-noun", start: subject.start, end: subject.end };
  return null;
}

function settle(text: string, numbers: NumberFound[], subjects: SubjectFound[], measures: (MeasureFound | null)[]): (MeasureFound | null)[] {
  const settled = measures.map((m, k) => m ?? plainCount(numbers[k], subjects[k]));
  for (let k = numbers.length - 2; k >= 0; k--) {
    const gap = text.slice(Math.max(subjects[k].end, numbers[k].end), numbers[k + 1].start);
    if (!measures[k] && settled[k + 1] && settled[k + 1]!.measure !== "other" && COORDINATED.test(gap)) settled[k] = { ...settled[k + 1]!, rule: "figure-coordinated" };
  }
  for (let k = 1; k < numbers.length; k++) {
    const lead = text.slice(Math.max(0, numbers[k].start - 30), numbers[k].start);
    const previous = settled[k - 1];
    // "30 casualties, including 5 dead": a subset with its own, different measure keeps it (5 killed).
    const ownDiffers = measures[k] !== null && measures[k]!.measure !== previous?.measure;
    if (previous && ((SUBSET.test(lead) && !ownDiffers) || (!measures[k] && !settled[k] && ELLIPSIS.test(lead)))) {
      settled[k] = { ...previous, rule: SUBSET.test(lead) ? "figure-subset" : "figure-ellipsis", start: numbers[k].start, end: numbers[k].end };
    }
  }
  return settled;
}

export function readCount(text: string, numbers: NumberFound[], subjects: SubjectFound[], measures: (MeasureFound | null)[]): CountRead[] {
  const settled = settle(text, numbers, subjects, measures);
  const counts: CountRead[] = [];
  numbers.forEach((n, k) => {
    let subject = subjects[k];
    const measure = settled[k];
    if (measure?.rule === "figure-ellipsis" && !subject.text && k > 0) subject = subjects[k - 1];
    if (!measure) return;
    const unit = n.percent ? "percent" : measure.measure === "strikes" ? "strikes" : (subject.known?.unit ?? "people");
    const written = n.percent ? "percent" : subject.text;
    const fallback = measure.measure === "strikes" ? "strikes" : HUMAN.has(measure.measure) ? "people" : "";
    const own = subjects[k];
    const start = Math.min(n.start, measure.start, own.text ? own.start : n.start);
    const end = Math.max(n.end, measure.end, own.end);
    counts.push({ number: n, measure, subject: written || fallback, unit, start, end });
  });
  return counts;
}
