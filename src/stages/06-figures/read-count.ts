// Decides which numbers of a sentence are figures, and settles those no verb or noun measured from their
// neighbours: "30 fighters and 41 soldiers were killed" (coordinated: 30 shares 41's verb), "killed 9,
// including 3 commanders" (a subset), "40 nurses remain, down from 900" (an ellipsis of the same count).
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

const COORDINATED = /^\s*(?:,|and|or|,\s*and|along\s+with)\s*$/;
/** "3 members of the Arnor Front and 7 Gondor fighters", "eleven clansmen from Harad and 7 from Rhun": a name closes the first count's people. */
const COORDINATED_AFTER_NAME = /^\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:clans?\s+)?(?:,|and|,\s*and|along\s+with)\s*$/;
/**
 * "12 Arnor and 3 Gondor fighters were killed": a count whose people are named only by a modifier shares the
 * noun and verb of the next count. Up to three modifier words, never a preposition (a place or time between
 * the counts would start a new phrase).
 */
const COORDINATED_MODIFIER = /^\s+(?:(?!(?:in|at|on|of|from|to|near|by|with|for|after|before|during|while|when|were|was)\b)[A-Za-z][\w'’/-]*\s+(?:and\s+(?=[a-z]))?){1,3}(?:,|and|or|,\s*and|along\s+with)\s*$/;
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
    const coordinated = COORDINATED.test(gap) || COORDINATED_AFTER_NAME.test(gap) || (!subjects[k].text && COORDINATED_MODIFIER.test(gap));
    if (!measures[k] && settled[k + 1] && settled[k + 1]!.measure !== "other" && coordinated) settled[k] = { ...settled[k + 1]!, rule: "figure-coordinated" };
  }
  // "killed 9 soldiers and 3 civilians": a list of objects shares the verb before its first count.
  for (let k = 1; k < numbers.length; k++) {
    const previous = settled[k - 1];
    if (measures[k] || !previous || previous.measure === "other" || !/^figure-(?:verb-before|object-list)$/.test(previous.rule)) continue;
    const gap = text.slice(Math.max(subjects[k - 1].end, numbers[k - 1].end), numbers[k].start);
    const listed = COORDINATED.test(gap) || COORDINATED_AFTER_NAME.test(gap) || (!subjects[k - 1].text && COORDINATED_MODIFIER.test(gap));
    // "killed 12 people, 3 soldiers and 9 civilians", "killed 9, 3 of them officers": a breakdown of the total, not more dead.
    const breakdown = /^\s*,\s*$/.test(gap) && /^(?:people|persons)?$/i.test(subjects[k - 1].text) || /^\s+of\s+(?:them|whom)\b/i.test(text.slice(numbers[k].end, numbers[k].end + 12));
    if (listed && !breakdown) settled[k] = { ...previous, rule: "figure-object-list", start: numbers[k].start, end: numbers[k].end };
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

/** A phrase that counts the dead and the wounded together ("killing and injuring", "were killed and wounded"). */
const DEAD_AND_WOUNDED = /\b(?:kill|dead|death)[\s\S]*\b(?:wound|injur)/i;

/**
 * "killing and injuring several fighters": the dead are among an unknown number of casualties. ACLED codes
 * an unknown number of dead as 10; a known casualty count ("12 killed and wounded") stays a casualty count.
 */
function unknownDead(text: string, n: NumberFound, measure: MeasureFound): MeasureFound {
  if (!n.unknown || measure.measure !== "other" || !DEAD_AND_WOUNDED.test(text.slice(measure.start, measure.end))) return measure;
  return { ...measure, measure: "killed", rule: "figure-unknown-dead" };
}

export function readCount(text: string, numbers: NumberFound[], subjects: SubjectFound[], measures: (MeasureFound | null)[]): CountRead[] {
  const settled = settle(text, numbers, subjects, measures);
  const counts: CountRead[] = [];
  numbers.forEach((n, k) => {
    let subject = subjects[k];
    const found = settled[k];
    const measure = found && unknownDead(text, n, found);
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
