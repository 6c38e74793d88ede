// Which spans cover each token, so that "does any span overlap this one?" costs the length of the asked
// span instead of a walk over every span: `spans.some((s) => overlaps(s, c))` inside a loop over another
// list of spans is quadratic, and a multi-megabyte document holds thousands of each.

/** A token range, both ends included, first <= last (the shape of the place finder's NameSpan). */
export interface TokenRange {
  first: number;
  last: number;
}

export interface SpanCover<T extends TokenRange> {
  /** Every span sharing at least one token with [first, last], each once, in the order they were given. */
  overlapping(first: number, last: number): T[];
  /** Does any span sharing a token with [first, last] pass the test? */
  someOverlapping(first: number, last: number, test?: (span: T) => boolean): boolean;
}

export function createSpanCover<T extends TokenRange>(spans: readonly T[]): SpanCover<T> {
  // Token -> indexes (ascending) of the spans covering it. A Map keeps it sparse: spans are a few tokens
  // long and scattered over the document.
  const byToken = new Map<number, number[]>();
  spans.forEach((span, index) => {
    for (let k = span.first; k <= span.last; k++) {
      const list = byToken.get(k);
      if (list) list.push(index);
      else byToken.set(k, [index]);
    }
  });
  const indexesOverlapping = (first: number, last: number): number[] => {
    const found = new Set<number>();
    for (let k = first; k <= last; k++) for (const index of byToken.get(k) ?? []) found.add(index);
    return [...found].sort((a, b) => a - b);
  };
  return {
    overlapping: (first, last) => indexesOverlapping(first, last).map((index) => spans[index]),
    someOverlapping: (first, last, test) => {
      for (let k = first; k <= last; k++) {
        for (const index of byToken.get(k) ?? []) if (!test || test(spans[index])) return true;
      }
      return false;
    },
  };
}
