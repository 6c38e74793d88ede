// A one-pass screen over a sentence: every rule's literal starts (literal-prefixes.ts) in one character
// trie, walked from each word start, give the positions where each rule could match. A rule with no such
// position is skipped; the others are tried only there (a sticky regular expression), never across the
// whole sentence.

export interface PrefixScreen {
  /** Transitions: `next[node * 128 + char]` is the child node (0: none; node 0 is the root). ASCII, folded to lower case. */
  next: Int32Array;
  /** The rules whose key ends at each node. */
  ends: readonly (readonly number[])[];
  /** Rules with no usable keys: tried anywhere. */
  always: readonly number[];
  size: number;
}

/** `\w` without the `u` flag: ASCII letters, digits and the underscore. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Lookup tables for the scan: which UTF-16 code units are `\w`, and ASCII in lower case (the `i` flag's folding). */
const WORD = new Uint8Array(65536);
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD[c] = isWordChar(c) ? 1 : 0;
  FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

/** The part of a key the trie can hold: up to its first non-ASCII character (a shorter key screens less, never wrongly). */
function asciiPart(key: string): string {
  let end = 0;
  while (end < key.length && key.charCodeAt(end) < 128) end++;
  return key.slice(0, end);
}

export function createPrefixScreen(keysPerRule: readonly (readonly string[] | null)[]): PrefixScreen {
  const always: number[] = [];
  const usable = keysPerRule.map((keys, rule) => {
    const ascii = keys?.map(asciiPart) ?? [];
    const ok = keys !== null && ascii.length > 0 && ascii.every((k) => k.length >= 1 && isWordChar(k.charCodeAt(0)));
    if (!ok) always.push(rule);
    return ok ? ascii : [];
  });
  const nodes = 1 + usable.reduce((n, keys) => n + keys.reduce((m, k) => m + k.length, 0), 0);
  const next = new Int32Array(nodes * 128);
  const ends: number[][] = [[]];
  usable.forEach((keys, rule) => {
    for (const key of keys) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const slot = node * 128 + FOLD[key.charCodeAt(i)];
        if (next[slot] === 0) {
          next[slot] = ends.length;
          ends.push([]);
        }
        node = next[slot];
      }
      if (!ends[node].includes(rule)) ends[node].push(rule);
    }
  });
  return { next, ends, always, size: keysPerRule.length };
}

/** Where a rule can match: "anywhere" for a rule without keys, else the word starts holding one of its keys (ascending). */
export type KeyPositions = "anywhere" | number[] | undefined;

/**
 * For each rule, where it may match the text (case-insensitively); undefined: nowhere. Every pattern is
 * compiled with a leading `\b` and every key starts with a word character, so a match starts at a word
 * start holding one of its rule's keys.
 */
export function findKeyPositions(screen: PrefixScreen, text: string): KeyPositions[] {
  const positions: KeyPositions[] = new Array<KeyPositions>(screen.size).fill(undefined);
  for (const rule of screen.always) positions[rule] = "anywhere";
  const { next, ends } = screen;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const word = WORD[text.charCodeAt(i)];
    if (word > previous) {
      let node = 0;
      for (let j = i; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c >= 128) break;
        node = next[node * 128 + FOLD[c]];
        if (node === 0) break;
        for (const rule of ends[node]) {
          const found = positions[rule];
          if (found === undefined) positions[rule] = [i];
          else if (found !== "anywhere" && found[found.length - 1] !== i) found.push(i);
        }
      }
    }
    previous = word;
  }
  return positions;
}
