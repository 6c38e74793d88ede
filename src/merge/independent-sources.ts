// How many independent sources an incident has (Airwars): documents fold together when they share a
// publisher, relay the same claimant ("SOHR said", "Reuters reported"), or carry near-identical evidence
// (a wire story republished by several outlets). The count is the number of groups that remain.
import { foldText } from "../store/search-keys.js";
import type { EventSource } from "../store/store.js";

/** Word-set overlap (Jaccard) at or above which two evidence texts are the same copy. */
export const NEAR_IDENTICAL = 0.8;

export function countIndependentSources(sources: readonly EventSource[]): number {
  const byDocument = new Map<string, EventSource[]>();
  for (const s of sources) byDocument.set(s.document_id, [...(byDocument.get(s.document_id) ?? []), s]);
  // Most incidents have one document: nothing to fold, and no need to read its words.
  if (byDocument.size <= 1) return byDocument.size;
  const docs = [...byDocument.entries()].map(([id, list]) => ({
    id,
    publisher: list[0].publisher ? foldText(list[0].publisher) : null,
    claimants: new Set(list.flatMap((s) => s.attributed_to).map(foldText)),
    words: list.map((s) => toWords(s.evidence.map((e) => e.text).join(" "))),
  }));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (isSameSource(docs[i], docs[j])) parent[find(j)] = find(i);
    }
  }
  return new Set(docs.map((_, i) => find(i))).size;
}

interface SourceKey { publisher: string | null; claimants: Set<string>; words: Set<string>[] }

function isSameSource(a: SourceKey, b: SourceKey): boolean {
  if (a.publisher !== null && a.publisher === b.publisher) return true;
  if ([...a.claimants].some((c) => b.claimants.has(c))) return true;
  return a.words.some((x) => b.words.some((y) => jaccard(x, y) >= NEAR_IDENTICAL));
}

export function toWords(text: string): Set<string> {
  return new Set(foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
