// A PostgreSQL regular-expression class of every Unicode combining mark (\p{M} as this Node knows it), so
// sitrep_fold in SQL folds accents exactly as foldText (../search-keys.ts) does in JavaScript.

function toRanges(test: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!test.test(String.fromCodePoint(cp))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

const escape = (cp: number) => (cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`);

let cached: string | null = null;

export function markClass(): string {
  cached ??= `[${toRanges(/^\p{M}$/u).map(([a, b]) => (a === b ? escape(a) : `${escape(a)}-${escape(b)}`)).join("")}]`;
  return cached;
}
