// Stage 6: figures. Finds counts in each sentence, decides what each measures and what it counts, who
// claimed it, and whether it is one incident's or a whole war's; takes place and date from the same
// sentence's mentions. Every figure keeps the phrase it came from and the rule that read it.
import type { ActorMention, CleanDocument, DateMention, Figure, PlaceMention, Sentence, Span } from "../../types.js";
import { FIGURE_LEXICON, toAlternation } from "./figure-lexicon.js";
import { claimAt, createAttributionPattern, createPronounSpeakerPattern, findAttribution, findClauseClaims } from "./find-attribution.js";
import type { Attribution } from "./find-attribution.js";
import { createMeasurePatterns, findMeasure } from "./find-measure.js";
import { createNumberPattern, findNumbers } from "./find-numbers.js";
import { createSummaryPattern, findScope, isSummarySentence } from "./find-scope.js";
import { findSubject } from "./find-subject.js";
import { createSinglePersonPattern, findSingleCounts } from "./find-single-counts.js";
import { findWholeGroup } from "./find-whole-group.js";
import { readCount } from "./read-count.js";
import type { CountRead } from "./read-count.js";

export interface FigureInputs {
  places: PlaceMention[];
  dates: DateMention[];
  actors: ActorMention[];
}

const LEX = FIGURE_LEXICON;
const PATTERNS = {
  number: createNumberPattern(LEX),
  measure: createMeasurePatterns(LEX),
  attribution: createAttributionPattern(LEX),
  pronounSpeaker: createPronounSpeakerPattern(LEX),
  summary: createSummaryPattern(LEX),
  singlePerson: createSinglePersonPattern(LEX),
  /** Cheap gate: a sentence without a digit or a number word holds no figure. */
  mayHoldNumber: new RegExp(`\\d|\\b(?:${toAlternation(LEX.numberWords.keys())})\\b`, "i"),
};

/** A sentence ending in a title's period ("according to Dr.") was cut too early: read on into the next. */
function attributionText(text: string, sentences: Sentence[], i: number): string {
  const s = sentences[i];
  const cut = /\b(?:Dr|Mr|Mrs|Ms|Gen|Maj|Col|Lt|Capt|Prof|Sgt|Rev|Sen|Rep|Gov)\.$/.test(s.text) && sentences[i + 1];
  return text.slice(s.start, cut ? sentences[i + 1].end : s.end);
}

function bySentence<T extends { sentence: number }>(items: T[]): Map<number, T[]> {
  const index = new Map<number, T[]>();
  for (const item of items) {
    const list = index.get(item.sentence);
    if (list) list.push(item);
    else index.set(item.sentence, [item]);
  }
  return index;
}

/**
 * The headline: a first line with no final stop, followed by more text. Its counts restate the body's,
 * rounded and unattributed ("12 Dead in Pelmar Clash"), so they are not figures: emitting them would count
 * the same deaths twice for anyone summing figures, and the body sentence carries the sourced version.
 */
function headlineSentences(text: string, sentences: Sentence[]): Set<number> {
  const firstLine = /^\s*([^\n]*)\n\s*\S/.exec(text);
  if (!firstLine || /[.!?…]["'”’)]*\s*$/.test(firstLine[1])) return new Set();
  const end = firstLine.index + firstLine[0].length - 1;
  return new Set(sentences.filter((s) => s.start < end && s.end <= end).map((s) => s.index));
}

/**
 * Who made the claim at `offset` of sentence i: the claimant of its own clause when the sentence names
 * several ("X said 5 died while Y said 10 were killed"), else the sentence's; "..., he said" is the last
 * claimant named earlier in the paragraph.
 */
function createAttributionReader(text: string, sentences: Sentence[]): (i: number, offset: number) => Attribution {
  const cache = new Map<number, Attribution>();
  const own = (i: number): Attribution => {
    let found = cache.get(i);
    if (!found) {
      found = findAttribution(attributionText(text, sentences, i), PATTERNS.attribution, LEX);
      cache.set(i, found);
    }
    return found;
  };
  return (i, offset) => {
    const found = own(i);
    if (found.chain.length > 1) {
      const claims = findClauseClaims(attributionText(text, sentences, i), PATTERNS.attribution, LEX);
      if (claims) return claimAt(claims, offset - sentences[i].start);
    }
    if (found.attributed_to || !PATTERNS.pronounSpeaker.test(sentences[i].text)) return found;
    for (let j = i - 1; j >= 0 && sentences[j].paragraph === sentences[i].paragraph; j--) {
      const earlier = own(j);
      if (earlier.attributed_to) return { attributed_to: earlier.attributed_to, chain: earlier.chain };
    }
    return found;
  };
}

function nearest<T extends { evidence: Span }>(items: T[] | undefined, at: number): T | null {
  let best: T | null = null;
  for (const item of items ?? []) {
    if (!best || Math.abs(item.evidence.start - at) < Math.abs(best.evidence.start - at)) best = item;
  }
  return best;
}

interface SentenceMentions {
  places: PlaceMention[] | undefined;
  dates: DateMention[] | undefined;
}

function toFigure(doc: CleanDocument, sentence: Sentence, c: CountRead, attribution: Attribution, mentions: SentenceMentions, summary: boolean): Figure {
  const { number: n, measure } = c;
  const place = nearest(mentions.places, n.start);
  const date = nearest(mentions.dates, n.start);
  return {
    measure: measure.measure,
    value: n.value,
    low: n.low,
    high: n.high,
    qualifier: n.qualifier,
    unit: c.unit,
    subject: c.subject,
    place: place?.name ?? null,
    date: date?.date ?? null,
    attributed_to: attribution.attributed_to,
    attribution_chain: attribution.chain,
    scope: findScope(measure.measure, n.low, summary),
    sentence: sentence.index,
    rule: measure.rule,
    evidence: { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) },
  };
}

/** A plain count of people (no verb measured it): the group a later "all the victims died" refers to. */
function lastGroupCount(figures: readonly Figure[], sentence: number): Figure | null {
  for (let k = figures.length - 1; k >= 0 && figures[k].sentence === sentence; k--) {
    if (figures[k].measure === "other" && figures[k].unit === "people" && figures[k].rule === "figure-counted-noun") return figures[k];
  }
  return null;
}

/** "All the victims died" right after "gunmen attacked three farmers": the group counted again, with its fate. */
function toWholeGroupFigure(doc: CleanDocument, sentence: Sentence, group: Figure, attribution: Attribution): Figure | null {
  const whole = findWholeGroup(sentence.text);
  if (!whole) return null;
  const start = sentence.start + whole.start;
  const end = sentence.start + whole.end;
  return {
    ...group, measure: whole.measure, subject: whole.subject, sentence: sentence.index, rule: "figure-whole-group",
    attributed_to: attribution.attributed_to, attribution_chain: attribution.chain,
    evidence: { start, end, text: doc.text.slice(start, end) },
  };
}

export function findFigures(doc: CleanDocument, sentences: Sentence[], inputs: FigureInputs): Figure[] {
  const figures: Figure[] = [];
  const places = bySentence(inputs.places.filter((p) => p.role === "location"));
  const dates = bySentence(inputs.dates);
  const headline = headlineSentences(doc.text, sentences);
  const attributionOf = createAttributionReader(doc.text, sentences);
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    const group = previous && previous.paragraph === sentence.paragraph ? lastGroupCount(figures, previous.index) : null;
    const whole = group && !headline.has(sentence.index) ? toWholeGroupFigure(doc, sentence, group, attributionOf(i, sentence.start)) : null;
    if (whole) figures.push(whole);
    if (headline.has(sentence.index) || !PATTERNS.mayHoldNumber.test(sentence.text)) return;
    const mentions = { places: places.get(sentence.index), dates: dates.get(sentence.index) };
    const dateSpans = (mentions.dates ?? []).map((d) => d.evidence);
    const found = findNumbers(doc.text, sentence, PATTERNS.number, LEX, dateSpans);
    if (found.length === 0) return;
    const counted = found.map((n) => ({ number: n, subject: n.percent ? { text: "", start: n.end, end: n.end, known: null } : findSubject(doc.text, n.end, LEX, PATTERNS.measure.triggerWords) }));
    const all = [...counted, ...findSingleCounts(doc.text, sentence, counted, PATTERNS.singlePerson)].sort((a, b) => a.number.start - b.number.start);
    const numbers = all.map((c) => c.number);
    const subjects = all.map((c) => c.subject);
    const measures = numbers.map((n, k) => findMeasure(doc.text, sentence, n.start, subjects[k], PATTERNS.measure, { nextNumber: numbers[k + 1]?.start, needsVerb: n.unknown, plural: n.high !== null || n.value > 1 }));
    const counts = readCount(doc.text, numbers, subjects, measures);
    if (counts.length === 0) return;
    const summary = isSummarySentence(sentence.text, PATTERNS.summary);
    for (const c of counts) figures.push(toFigure(doc, sentence, c, attributionOf(i, c.number.start), mentions, summary));
  });
  return figures;
}
