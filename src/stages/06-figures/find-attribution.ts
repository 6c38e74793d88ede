// Who made the claims in a sentence: "X said", "said X", "according to X", "X told Y", "citing X",
// "which relied on X". Returns the chain nearest the fact first: in "Interfax reported, citing the Defense
// Ministry" the ministry is nearer than Interfax; in "a doctor told AP" the doctor is nearer than AP.
import { toAlternation } from "./figure-lexicon.js";
import type { AttributionKind, FigureLexicon } from "./figure-lexicon.js";
import { cleanClaimant } from "./clean-claimant.js";
import { findAllMatches } from "../../util/find-all-matches.js";
import type { Claimant } from "./clean-claimant.js";

export interface Attribution {
  /** The nearest named claimant, else the nearest unnamed one ("a member of the forensic team"). */
  attributed_to: string | null;
  chain: string[];
}

/** "he said", "said she", "they told": a claim whose speaker a pronoun stands for. */
export function createPronounSpeakerPattern(lexicon: FigureLexicon): RegExp {
  const verbs = toAlternation([...lexicon.attribution].filter(([, kind]) => kind === "speaker" || kind === "outer").map(([phrase]) => phrase));
  return new RegExp(`(?<![\\w-])(?:(?:he|she|they)\\s+(?:${verbs})|(?:said|says|added)\\s+(?:he|she))(?![\\w-])`, "i");
}

export function createAttributionPattern(lexicon: FigureLexicon): RegExp {
  return new RegExp(`(?<![\\w-])(${toAlternation(lexicon.attribution.keys())})(?![\\w-])`, "gi");
}

/** Words that end the phrase before a verb ("... targets, which the agency said": the agency). */
const BOUNDARY_BEFORE = /\s(?:that|which|who|but|because|while|when|if)\s/;
/** Where the phrase after "according to" or "said" ends; a title's period ("Dr.") does not end it. */
const END_AFTER = /[;:"“”(,!?]|(?<!\b(?:Dr|Mr|Mrs|Ms|Gen|Maj|Col|Lt|Capt|Prof|Sgt|St|Jr|Sr|Rev|Sen|Rep|Gov))\.(?=\s|$)|\s(?:that|which|who|and|but|because|while|when|if|on|over|since|in\s+a)\s/;
const TIME_AFTER_VERB = /^\s*(?:(?:late\s+|early\s+)?on\s+\w+|last\s+\w+|yesterday|today|earlier|later|in\s+a\s+statement)\s*,?/i;
/** A bare name: capitalised words, with Arabic particles. */
const NAME = /^(?:[A-Z][\w'’.-]*|al-\w+|bin|ibn|de)(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|ibn|de)){0,4}$/;

function phraseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 160).replace(/^\s+/, "");
  const end = END_AFTER.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

/** The phrase before a verb, back to the clause boundary; an appositive ("X, a doctor, said") gives way to the name before it. */
function phraseBefore(text: string, at: number): string {
  const lead = text.slice(0, at);
  const chunks = lead.split(/[;:"“”,]/).map((c) => c.trim());
  if (chunks.length > 1 && /,\s*$/.test(lead)) chunks.pop();
  const last = chunks[chunks.length - 1] ?? "";
  const pieces = last.split(BOUNDARY_BEFORE);
  const phrase = pieces[pieces.length - 1].trim();
  const before = chunks.length >= 2 ? chunks[chunks.length - 2] : "";
  if (/^(?:a|an|the|one)\s/i.test(phrase) && phrase === last && NAME.test(before)) return before;
  return phrase;
}

function claimantsOf(sentence: string, m: RegExpMatchArray, kind: AttributionKind, depth: number): Claimant[] {
  const at = m.index ?? 0;
  const after = at + m[0].length;
  const found: (Claimant | null)[] = [];
  if (kind === "source" || kind === "inner") found.push(cleanClaimant(phraseAfter(sentence, after), depth));
  if (kind === "speaker" || kind === "outer") {
    const subject = cleanClaimant(phraseBefore(sentence, at), depth);
    const inverted = subject ? null : cleanClaimant(phraseAfter(sentence.slice(0, after) + sentence.slice(after).replace(TIME_AFTER_VERB, " "), after), depth);
    found.push(subject ?? (inverted && /^[A-Z]/.test(inverted.name) ? inverted : null));
  }
  if (kind === "outer") found.push(cleanClaimant(phraseAfter(sentence, after), depth + 1));
  return found.filter((c): c is Claimant => c !== null);
}

/**
 * "were reported killed", "it was reported", "As reported on 8 May": a passive or impersonal speech verb
 * names no speaker before it, so the words before it are no claimant ("by X" after it still is).
 */
const PASSIVE_SPEECH = /(?:\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?|(?:^|[^\w\s]\s*|\b)[Aa]s\s+)$/;

function isPassiveSpeech(sentence: string, m: RegExpMatchArray, kind: AttributionKind): boolean {
  if (kind !== "speaker") return false;
  const at = m.index ?? 0;
  return PASSIVE_SPEECH.test(sentence.slice(Math.max(0, at - 24), at)) && !/^\s+by\b/i.test(sentence.slice(at + m[0].length));
}

export function findAttribution(sentence: string, pattern: RegExp, lexicon: FigureLexicon): Attribution {
  const claimants: Claimant[] = [];
  let inner = 0;
  for (const m of findAllMatches(sentence, pattern)) {
    const kind = lexicon.attribution.get(m[1].toLowerCase().replace(/\s+/g, " ")) ?? "speaker";
    if (isPassiveSpeech(sentence, m, kind)) continue;
    const depth = kind === "inner" ? -(++inner) : 0;
    claimants.push(...claimantsOf(sentence, m, kind, depth));
  }
  claimants.sort((a, b) => a.depth - b.depth);
  const chain = [...new Set(claimants.map((c) => c.name))];
  const named = claimants.find((c) => c.named);
  return { attributed_to: named?.name ?? claimants[0]?.name ?? null, chain };
}

/** One clause of a sentence and the claim its own words attribute (offsets into the sentence). */
export interface ClauseClaim {
  start: number;
  end: number;
  attribution: Attribution;
}

/** Where one claim of a sentence may end and another begin: "X said 5 died while Y said 10 were killed". */
const CLAIM_BREAK = /;|,?\s+(?:while|whereas|but|although|though|and)\s+/gi;

/**
 * The sentence cut into clauses, each with its own claimant, when at least two clauses name different
 * claimants; null otherwise (the sentence has one claim, read whole by findAttribution).
 */
export function findClauseClaims(sentence: string, pattern: RegExp, lexicon: FigureLexicon): ClauseClaim[] | null {
  const cuts = [0];
  for (const m of findAllMatches(sentence, CLAIM_BREAK)) cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  cuts.push(sentence.length);
  const claims: ClauseClaim[] = [];
  for (let k = 0; k < cuts.length; k += 2) {
    const [start, end] = [cuts[k], cuts[k + 1]];
    claims.push({ start, end, attribution: findAttribution(sentence.slice(start, end), pattern, lexicon) });
  }
  const named = new Set(claims.map((c) => c.attribution.attributed_to).filter((who) => who !== null));
  return named.size >= 2 ? claims : null;
}

/** The claim of the clause holding `offset`; a clause naming no claimant takes the nearest earlier one's, else the next one's. */
export function claimAt(claims: ClauseClaim[], offset: number): Attribution {
  const found = claims.findIndex((c) => offset < c.end);
  const k = found === -1 ? claims.length - 1 : found;
  const attributed = (c: ClauseClaim): boolean => c.attribution.attributed_to !== null;
  const own = attributed(claims[k]) ? claims[k] : claims.slice(0, k).reverse().find(attributed) ?? claims.slice(k + 1).find(attributed);
  return own?.attribution ?? claims[k].attribution;
}
