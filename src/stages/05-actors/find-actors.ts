// Stage 5: actors. Every lexicon form in every sentence (longest match), resolved to a canonical ACLED-style
// name; country-dependent forms ("government forces", "civilians") take the document's dominant country.
import type { Context } from "../../context.js";
import type { ActorMention, CleanDocument, PlaceMention, Sentence } from "../../types.js";
import type { ActorEntry, ActorLexicon } from "./actor-lexicon.js";
import { findTokens, type Token } from "./actor-tokens.js";
import { findLongestMatches } from "./actor-trie.js";
import { resolveActorName } from "./actor-names.js";
import { findCountryOfActors, findDominantCountry } from "./dominant-country.js";
import { findCountryNamed } from "../../util/find-country-named.js";

interface RawMatch {
  sentence: Sentence;
  tokens: Token[];
  first: number;
  last: number;
  entries: ActorEntry[];
}

function isWrittenAsExpected(entry: ActorEntry, tokens: Token[], first: number): boolean {
  if (!entry.caseSensitive) return true;
  return entry.exactTokens.every((text, k) => tokens[first + k]?.text === text);
}

interface TokenizedSentence {
  sentence: Sentence;
  tokens: Token[];
}

function findRawMatches(lexicon: ActorLexicon, tokenized: readonly TokenizedSentence[], country: string | null): RawMatch[] {
  const accept = (e: ActorEntry, tokens: Token[], first: number) =>
    (e.scope === null || e.scope === country) && isWrittenAsExpected(e, tokens, first);
  return tokenized.flatMap(({ sentence, tokens }) => findLongestMatches(lexicon.trie, tokens, accept)
    .map((m) => ({ sentence, tokens, first: m.first, last: m.last, entries: m.values })));
}

function chooseEntry(entries: ActorEntry[], country: string | null): ActorEntry {
  return entries.find((e) => e.scope !== null && e.scope === country) ?? entries[0];
}

function toMention(m: RawMatch, doc: CleanDocument, lexicon: ActorLexicon, country: string | null): ActorMention | null {
  const entry = chooseEntry(m.entries, country);
  if (entry.canonical === "-") return null;
  const actorCountry = entry.country === "@doc" ? country : entry.country;
  const name = entry.country === "@doc" ? resolveActorName(entry.canonical, country ? lexicon.countries.get(country) ?? null : null) : entry.canonical;
  const abroad = entry.inter === 1 && actorCountry !== null && country !== null && actorCountry !== country;
  const start = m.tokens[m.first].start;
  const end = m.tokens[m.last - 1].end;
  const text = doc.text.slice(start, end);
  return {
    name, type: abroad ? 8 : entry.inter, mention: text, country: actorCountry,
    rule: `actor-lexicon:${entry.rule}${abroad ? "+abroad" : ""}`, sentence: m.sentence.index, evidence: { start, end, text },
  };
}

export function findActors(
  doc: CleanDocument, sentences: Sentence[], places: PlaceMention[], ctx: Context,
): ActorMention[] {
  const lexicon = ctx.actors;
  const tokenized = sentences.map((sentence) => ({ sentence, tokens: findTokens(sentence.text, sentence.start) }));
  let country = findDominantCountry(places);
  if (country === null) {
    const firstPass = findRawMatches(lexicon, tokenized, null);
    country = findCountryOfActors(firstPass.map((m) => m.entries[0].country)) ?? findCountryNamed(doc.text, lexicon.countries);
  }
  return findRawMatches(lexicon, tokenized, country)
    .map((m) => toMention(m, doc, lexicon, country))
    .filter((a): a is ActorMention => a !== null);
}
