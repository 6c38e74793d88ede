// Word tokens with offsets, the unit the actor trie matches on. "Assad's" is two tokens ("assad", "'s"),
// so "Assad's army" and "Assad" share a prefix; hyphens and slashes separate words ("pro-Houthi").

export interface Token {
  /** Lower-cased, apostrophes normalised to ASCII. */
  key: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+|['’]s\b/gu;

export function findTokens(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // Lower-cased once per text; per token only where lower-casing changed the length ("İ").
  const lowerText = text.toLowerCase();
  const aligned = lowerText.length === text.length;
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const start = offset + at;
    const lower = aligned ? lowerText.slice(at, at + m[0].length) : m[0].toLowerCase();
    tokens.push({ key: lower.length > 1 && lower.charCodeAt(0) === 0x2019 ? `'${lower.slice(1)}` : lower, text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** An acronym ("IS", "GNA", "U.S.") matches only as written in capitals. */
export function isCaseSensitiveForm(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase();
}
