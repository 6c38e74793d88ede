// Which trigger words a sentence holds, and what the sentence says about them (event, plan, denial...).
import type { Sentence, StatementKind } from "../../types.js";
import type { EventRules, ProtestModifier, TriggerRule } from "./event-rules.js";
import { findKeyPositions, type KeyPositions } from "./prefix-screen.js";

export interface TriggerHit {
  rule: TriggerRule;
  /** Offsets into the document text. */
  start: number;
  end: number;
}

/**
 * The matches a global scan of the sentence would find (left to right, never overlapping), trying the
 * sticky pattern only at the screened positions: a match can start nowhere else.
 */
function findRuleHits(sentence: Sentence, rule: TriggerRule, at: KeyPositions, hits: TriggerHit[]): void {
  if (at === undefined) return;
  if (at === "anywhere") {
    for (const m of sentence.text.matchAll(rule.pattern)) {
      const start = sentence.start + (m.index ?? 0);
      hits.push({ rule, start, end: start + m[0].length });
    }
    return;
  }
  let free = 0;
  for (const position of at) {
    if (position < free) continue;
    rule.sticky.lastIndex = position;
    const m = rule.sticky.exec(sentence.text);
    if (m === null) continue;
    const start = sentence.start + position;
    hits.push({ rule, start, end: start + m[0].length });
    free = m[0].length > 0 ? position + m[0].length : position + 1;
  }
}

function findHits(sentence: Sentence, rules: readonly TriggerRule[], positions: readonly KeyPositions[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < rules.length; i++) findRuleHits(sentence, rules[i], positions[i], hits);
  return hits;
}

export interface SentenceTriggers {
  /** The trigger that decides the sub-event type: highest priority, then earliest. */
  main: TriggerHit | null;
  all: TriggerHit[];
  modifiers: ReadonlySet<ProtestModifier>;
  /** Where each rule can match the sentence: the triggers, then the statement-kind cues (rules.screen order). */
  screened: readonly KeyPositions[];
}

const NO_MODIFIERS: ReadonlySet<ProtestModifier> = new Set();

export function findTriggers(sentence: Sentence, rules: EventRules): SentenceTriggers {
  const screened = findKeyPositions(rules.screen, sentence.text);
  const candidates: TriggerHit[] = [];
  let modifiers: Set<ProtestModifier> | null = null;
  for (const hit of findHits(sentence, rules.triggers, screened)) {
    const label = hit.rule.label;
    if (label.startsWith("+")) (modifiers ??= new Set()).add(label as ProtestModifier);
    else candidates.push(hit);
  }
  if (candidates.length > 1) candidates.sort((a, b) => b.rule.priority - a.rule.priority || a.start - b.start);
  return { main: candidates[0] ?? null, all: candidates, modifiers: modifiers ?? NO_MODIFIERS, screened };
}

const CUE_WINDOW = 80;
const ADJACENT_WINDOW = 40;

/** A cue (will, vowed to, denied...) before the trigger, or anywhere for sentence-wide cues, makes the sentence something other than an event. */
export function findStatementKind(
  sentence: Sentence, trigger: TriggerHit, rules: EventRules, screened: readonly KeyPositions[] = findTriggers(sentence, rules).screened,
): { kind: StatementKind; rule: string | null } {
  const at = trigger.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, at - CUE_WINDOW), at);
  const adjacent = sentence.text.slice(Math.max(0, at - ADJACENT_WINDOW), at);
  // Cues are screened on the whole sentence: a cue word cut by the window's edge does not count.
  const first = rules.triggers.length;
  for (let i = 0; i < rules.kinds.length; i++) {
    if (screened[first + i] === undefined) continue;
    const k = rules.kinds[i];
    const text = k.scope === "sentence" ? sentence.text : k.scope === "adjacent" ? adjacent : before;
    if (text.search(k.pattern) >= 0) return { kind: k.kind, rule: k.rule };
  }
  return { kind: "event", rule: null };
}
