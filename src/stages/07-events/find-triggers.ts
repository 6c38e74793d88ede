// Which trigger words a sentence holds, and what the sentence says about them (event, plan, denial...).
import type { Sentence, StatementKind } from "../../types.js";
import type { EventRules, ProtestModifier, TriggerRule } from "./event-rules.js";

export interface TriggerHit {
  rule: TriggerRule;
  /** Offsets into the document text. */
  start: number;
  end: number;
}

function findHits(sentence: Sentence, rules: readonly TriggerRule[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const rule of rules) {
    for (const m of sentence.text.matchAll(rule.pattern)) {
      const start = sentence.start + (m.index ?? 0);
      hits.push({ rule, start, end: start + m[0].length });
    }
  }
  return hits;
}

export interface SentenceTriggers {
  /** The trigger that decides the sub-event type: highest priority, then earliest. */
  main: TriggerHit | null;
  all: TriggerHit[];
  modifiers: Set<ProtestModifier>;
}

export function findTriggers(sentence: Sentence, rules: EventRules): SentenceTriggers {
  const all = findHits(sentence, rules.triggers);
  const modifiers = new Set(all.map((h) => h.rule.label).filter((l): l is ProtestModifier => l.startsWith("+")));
  const candidates = all.filter((h) => !h.rule.label.startsWith("+"));
  candidates.sort((a, b) => b.rule.priority - a.rule.priority || a.start - b.start);
  return { main: candidates[0] ?? null, all: candidates, modifiers };
}

const CUE_WINDOW = 80;
const ADJACENT_WINDOW = 40;

/** A cue (will, vowed to, denied...) before the trigger, or anywhere for sentence-wide cues, makes the sentence something other than an event. */
export function findStatementKind(sentence: Sentence, trigger: TriggerHit, rules: EventRules): { kind: StatementKind; rule: string | null } {
  const at = trigger.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, at - CUE_WINDOW), at);
  const adjacent = sentence.text.slice(Math.max(0, at - ADJACENT_WINDOW), at);
  for (const k of rules.kinds) {
    const text = k.scope === "sentence" ? sentence.text : k.scope === "adjacent" ? adjacent : before;
    if (text.search(k.pattern) >= 0) return { kind: k.kind, rule: k.rule };
  }
  return { kind: "event", rule: null };
}
