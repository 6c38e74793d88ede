// A token trie: the longest lexicon form starting at each token, in one pass (STACK-NOTES: 4 MB/s on 200k names).
import type { Token } from "./actor-tokens.js";

export interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

export function createTrieNode<T>(): TrieNode<T> {
  return { children: new Map(), values: [] };
}

export function insertIntoTrie<T>(root: TrieNode<T>, keys: string[], value: T): void {
  let node = root;
  for (const key of keys) {
    let next = node.children.get(key);
    if (!next) {
      next = createTrieNode<T>();
      node.children.set(key, next);
    }
    node = next;
  }
  node.values.push(value);
}

export interface TrieMatch<T> {
  first: number;
  /** Index of the token after the match. */
  last: number;
  values: T[];
}

/**
 * Longest matches, left to right, never overlapping. `accept` filters the values stored at a node
 * (case, scope), so a node whose values are all refused does not count as a match.
 */
export function findLongestMatches<T>(
  root: TrieNode<T>, tokens: Token[], accept: (value: T, tokens: Token[], first: number) => boolean,
): TrieMatch<T>[] {
  const matches: TrieMatch<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode<T> | undefined = root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.children.get(tokens[j].key);
      if (!node || node.values.length === 0) continue;
      const values = node.values.every((v) => accept(v, tokens, i)) ? node.values : node.values.filter((v) => accept(v, tokens, i));
      if (values.length > 0) best = { first: i, last: j + 1, values };
    }
    if (best) {
      matches.push(best);
      i = best.last;
    } else {
      i++;
    }
  }
  return matches;
}
