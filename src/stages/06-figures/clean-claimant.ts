// Turns the phrase naming a claimant into the claimant's name as written: "The UK-based Syrian Observatory
// for Human Rights (SOHR)" -> "Syrian Observatory for Human Rights"; "the news agency Interfax" ->
// "Interfax"; "Dr. Zaidoun al-Zoabi" -> "Zaidoun al-Zoabi". A phrase whose head is no name ("a member of
// the city's forensic team", "a military source") is kept whole and marked unnamed.

export interface Claimant {
  name: string;
  /** The head of the phrase is a proper name (an organisation, a person, an agency). */
  named: boolean;
  /** Nearness to the fact: lower is nearer ("citing X" is -1, "told X" is +1). */
  depth: number;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|who|which|this|that|these|those|there|officials?|sources?|reports?|others?|some)$/i;
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Gen|Maj|Col|Lt|Capt|Prof|Sgt|Rev|Sen|Rep|Gov)\.?$/;
const LEADING = /^(?:the|a|an|The|A|An)$|-based$|-backed$/;
const CONNECTOR = /^(?:of|for|the|and|de|on|bin|ibn|al|el|du|des|la)$/;
const isCapital = (token: string) => /^[A-Z]/.test(token) || /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-[A-Z]/.test(token);
const MAX_WORDS = 12;

/** The last run of capitalised tokens (connectors allowed inside), as [start, end) token indexes. */
function lastNameRun(tokens: string[]): [number, number] | null {
  let end = tokens.length;
  while (end > 0 && !isCapital(tokens[end - 1])) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && (isCapital(tokens[start - 1]) || (CONNECTOR.test(tokens[start - 1]) && start > 1 && isCapital(tokens[start - 2])))) start--;
  while (start < end && (LEADING.test(tokens[start]) || TITLE.test(tokens[start]) || CONNECTOR.test(tokens[start]))) start++;
  return start < end ? [start, end] : null;
}

export function cleanClaimant(phrase: string, depth: number): Claimant | null {
  const text = phrase.replace(/\([^)]*\)/g, " ").replace(/[\s'’"“”]+$/, "").replace(/^[\s'’"“”]+/, "").trim();
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_WORDS || PRONOUN.test(text) || /^\d/.test(text)) return null;
  const run = lastNameRun(tokens);
  if (run && run[1] === tokens.length) return { name: tokens.slice(run[0], run[1]).join(" "), named: true, depth };
  if (tokens.length > 8 || /^(?:he|she|they|it|we)\b/i.test(text)) return null;
  return { name: text, named: false, depth };
}
