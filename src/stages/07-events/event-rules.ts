// The event rules as data: trigger words, protest modifiers and statement-kind cues (data/events/*.tsv).
import { readFileSync } from "node:fs";
import { EVENT_TYPES, type StatementKind, type SubEventType } from "../../types.js";
import { findLiteralPrefixes } from "./literal-prefixes.js";
import { createPrefixScreen, type PrefixScreen } from "./prefix-screen.js";

export type TriggerFamily = "@territory" | "@assault" | "@violence" | "@protest" | "@riot";
export type ProtestModifier = "+intervention" | "+excessive" | "+violent-crowd";

export interface TriggerRule {
  pattern: RegExp;
  /** The same pattern, sticky (`y`): tried only where the screen says a match can start. */
  sticky: RegExp;
  /** A sub-event type, a family that grammar resolves, or a protest modifier. */
  label: SubEventType | TriggerFamily | ProtestModifier;
  priority: number;
  /** "triggers.tsv:12" */
  rule: string;
  /** Lower-case text every match starts with: a sentence holding none of it cannot match (null: always try). */
  keys: readonly string[] | null;
}

/** Where a cue must stand: shortly before the trigger, right before it, or anywhere in the sentence. */
export type CueScope = "before" | "adjacent" | "sentence";

export interface KindRule {
  pattern: RegExp;
  kind: Exclude<StatementKind, "event">;
  scope: CueScope;
  rule: string;
  keys: readonly string[] | null;
}

/** A sign in the text that an unnamed perpetrator is a criminal gang (data/events/gang-signs.tsv). */
export interface GangSign {
  pattern: RegExp;
  /** ISO2 codes of the countries where ACLED codes such killers as "Unidentified Gang (X)". */
  countries: ReadonlySet<string>;
  rule: string;
}

export interface EventRules {
  triggers: readonly TriggerRule[];
  kinds: readonly KindRule[];
  gangSigns: readonly GangSign[];
  /** The literal starts of the triggers, then of the cues, indexed: where each can match a sentence, found in one pass. */
  screen: PrefixScreen;
}

export function createEventRules(triggers: readonly TriggerRule[], kinds: readonly KindRule[], gangSigns: readonly GangSign[] = []): EventRules {
  return Object.freeze({
    triggers: Object.freeze([...triggers]),
    kinds: Object.freeze([...kinds]),
    gangSigns: Object.freeze([...gangSigns]),
    screen: createPrefixScreen([...triggers.map((t) => t.keys), ...kinds.map((k) => k.keys)]),
  });
}

const SUB_EVENTS = new Set<string>(Object.values(EVENT_TYPES).flat());
const FAMILIES = new Set(["@territory", "@assault", "@violence", "@protest", "@riot", "+intervention", "+excessive", "+violent-crowd"]);
const KINDS = new Set(["plan", "threat", "claim-denied", "hypothetical", "history", "summary"]);
const SCOPES = new Set(["before", "adjacent", "sentence"]);

function rows(text: string, file: string): { cells: string[]; where: string }[] {
  return text.split(/\r?\n/).map((raw, i) => ({ raw, where: `${file}:${i + 1}` }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#"))
    .map(({ raw, where }) => ({ cells: raw.split("\t"), where }));
}

/** Whole words; a trigger never matches the first half of a hyphenated compound ("battle-ready"). */
function compile(source: string, where: string, options: { anchorEnd?: boolean } = {}): RegExp {
  try {
    return options.anchorEnd ? new RegExp(`\\b(?:${source})\\W*$`, "i") : new RegExp(`\\b(?:${source})\\b(?![-\u2010]\\w)`, "gi");
  } catch (cause) {
    throw new Error(`${where}: not a valid regular expression: ${source}`, { cause });
  }
}

export function parseTriggerRules(text: string, file: string): TriggerRule[] {
  return rows(text, file).map(({ cells: [source, label, priority], where }) => {
    if (!SUB_EVENTS.has(label) && !FAMILIES.has(label)) throw new Error(`${where}: unknown sub-event type or family "${label}"`);
    const pattern = compile(source, where);
    return {
      pattern, sticky: new RegExp(pattern.source, "iy"), label: label as TriggerRule["label"], priority: Number(priority) || 0, rule: where,
      keys: findLiteralPrefixes(source),
    };
  });
}

export function parseKindRules(text: string, file: string): KindRule[] {
  return rows(text, file).map(({ cells: [source, kind, scope], where }) => {
    if (!KINDS.has(kind)) throw new Error(`${where}: unknown statement kind "${kind}"`);
    if (!SCOPES.has(scope)) throw new Error(`${where}: scope must be before, adjacent or sentence, got "${scope}"`);
    const pattern = compile(source, where, { anchorEnd: scope === "adjacent" });
    return { pattern, kind: kind as KindRule["kind"], scope: scope as CueScope, rule: where, keys: findLiteralPrefixes(source) };
  });
}

export function parseGangSigns(text: string, file: string): GangSign[] {
  return rows(text, file).map(({ cells: [source, countries = ""], where }) => {
    const codes = countries.split(",").map((c) => c.trim()).filter(Boolean);
    if (codes.length === 0 || codes.some((c) => !/^[A-Z]{2}$/.test(c))) throw new Error(`${where}: countries must be ISO2 codes like "MX,GT", got "${countries}"`);
    return { pattern: new RegExp(compile(source, where).source, "i"), countries: new Set(codes), rule: where };
  });
}

const DATA_DIR = new URL("../../../data/events/", import.meta.url);

/** Reads data/events/ (synchronously: it is a few kilobytes, read once when the module loads). */
export function loadEventRules(): EventRules {
  const read = (f: string) => readFileSync(new URL(f, DATA_DIR), "utf8");
  return createEventRules(
    [...parseTriggerRules(read("triggers.tsv"), "triggers.tsv"), ...parseTriggerRules(read("protest-modifiers.tsv"), "protest-modifiers.tsv")],
    parseKindRules(read("statement-kinds.tsv"), "statement-kinds.tsv"),
    parseGangSigns(read("gang-signs.tsv"), "gang-signs.tsv"),
  );
}
