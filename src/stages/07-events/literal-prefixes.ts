// The literal text every match of a trigger pattern must start with ("air strikes?|airstrikes?" gives
// "air"), so a sentence that contains none of them (ignoring ASCII case) can skip the regular expression. Only
// the subset of regex syntax the rule tables use is understood; anything else makes the pattern
// unfilterable (null), never wrong: a skipped pattern is one that could not have matched.

type Atom = { kind: "char"; char: string } | { kind: "group"; alternatives: Node[][] } | { kind: "other" };
type Node = (Atom & { min: number; max: number }) | { kind: "zero-width" };

const MAX_KEY = 8;

class Unsupported extends Error {}

function parseQuantifier(source: string, at: number): { min: number; max: number; next: number } {
  const c = source[at];
  let q = { min: 1, max: 1, next: at };
  if (c === "?") q = { min: 0, max: 1, next: at + 1 };
  else if (c === "*") q = { min: 0, max: Infinity, next: at + 1 };
  else if (c === "+") q = { min: 1, max: Infinity, next: at + 1 };
  else if (c === "{") {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(at));
    if (m) q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]), next: at + m[0].length };
  }
  return source[q.next] === "?" ? { ...q, next: q.next + 1 } : q; // lazy quantifiers match the same starts
}

/** Parses alternatives up to a closing parenthesis (or the end); returns them and the index after. */
function parseAlternatives(source: string, at: number): { alternatives: Node[][]; next: number } {
  const alternatives: Node[][] = [[]];
  let i = at;
  while (i < source.length && source[i] !== ")") {
    const c = source[i];
    if (c === "|") {
      alternatives.push([]);
      i++;
      continue;
    }
    let atom: Atom;
    if (c === "(") {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(i));
      const inner = parseAlternatives(source, i + (lookaround ? lookaround[0].length : /^\(\?:/.test(source.slice(i)) ? 3 : 1));
      if (source[inner.next] !== ")") throw new Unsupported("unclosed group");
      i = inner.next + 1;
      if (lookaround) {
        alternatives[alternatives.length - 1].push({ kind: "zero-width" });
        continue;
      }
      atom = { kind: "group", alternatives: inner.alternatives };
    } else if (c === "[") {
      let end = i + 1;
      while (end < source.length && source[end] !== "]") end += source[end] === "\\" ? 2 : 1;
      if (end >= source.length) throw new Unsupported("unclosed class");
      i = end + 1;
      atom = { kind: "other" };
    } else if (c === "\\") {
      const e = source[i + 1] ?? "";
      i += 2;
      if (e === "b" || e === "B") {
        alternatives[alternatives.length - 1].push({ kind: "zero-width" });
        continue;
      }
      if (/[dDwWsSpPuxck0-9]/.test(e)) atom = { kind: "other" };
      else atom = { kind: "char", char: e.toLowerCase() };
    } else if (c === "^" || c === "$") {
      i++;
      alternatives[alternatives.length - 1].push({ kind: "zero-width" });
      continue;
    } else if (c === ".") {
      i++;
      atom = { kind: "other" };
    } else {
      i++;
      atom = { kind: "char", char: c.toLowerCase() };
    }
    const q = parseQuantifier(source, i);
    i = q.next;
    alternatives[alternatives.length - 1].push({ ...atom, min: q.min, max: q.max });
  }
  return { alternatives, next: i };
}

/** Every start of a match of `seq[i..]` after `prefix`, up to MAX_KEY characters. */
function collect(seq: readonly Node[], i: number, prefix: string, out: Set<string>): void {
  const stop = () => {
    if (prefix === "") throw new Unsupported("a match can start with something other than a literal");
    out.add(prefix);
  };
  if (prefix.length >= MAX_KEY || i === seq.length) return stop();
  const node = seq[i];
  if (node.kind === "zero-width") return collect(seq, i + 1, prefix, out);
  if (node.min === 0) collect(seq, i + 1, prefix, out);
  if (node.kind === "other" || node.max === 0) return stop();
  // Take one occurrence; a repeated atom then stops the key (what follows depends on the count).
  const rest = node.max === 1 && node.min <= 1 ? seq.slice(i + 1) : [];
  if (node.kind === "char") return collect(rest, 0, prefix + node.char, out);
  for (const alternative of node.alternatives) collect([...alternative, ...rest], 0, prefix, out);
}

/** The literal starts (lower case) of every match of `source`, or null when a match can start otherwise. */
export function findLiteralPrefixes(source: string): string[] | null {
  try {
    const { alternatives, next } = parseAlternatives(source, 0);
    if (next !== source.length) return null;
    const out = new Set<string>();
    for (const alternative of alternatives) collect(alternative, 0, "", out);
    // "air" makes "air strike" redundant: keep only the shortest keys, since one substring test covers both.
    const keys = [...out].sort((a, b) => a.length - b.length);
    return keys.filter((k, i) => !keys.slice(0, i).some((shorter) => k.startsWith(shorter)));
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
