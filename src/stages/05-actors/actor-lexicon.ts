// The actor lexicon: canonical names, inter codes and the ways news refers to them, compiled into a token
// trie. The data lives in data/actors/*.tsv (see its README); users add files with --actors.
import { readFile, readdir } from "node:fs/promises";
import type { InterCode } from "../../types.js";
import { findTokens, isCaseSensitiveForm } from "./actor-tokens.js";
import { createTrieNode, insertIntoTrie, type TrieNode } from "./actor-trie.js";
import { resolveActorName } from "./actor-names.js";
import { parseActorRows, parseCountryRows, type ActorRow, type CountryRow } from "./parse-actor-tsv.js";

export interface ActorEntry {
  form: string;
  /** Resolved name, or a template when `country` is "@doc"; "-" blocks the form. */
  canonical: string;
  inter: InterCode;
  /** ISO2, "@doc", or null. */
  country: string | null;
  scope: string | null;
  caseSensitive: boolean;
  /** For case-sensitive forms, the tokens as they must be written, joined by spaces. */
  exact: string;
  /** `exact` split into its tokens, for matching without re-splitting. */
  exactTokens: readonly string[];
  rule: string;
}

export interface ActorLexicon {
  readonly size: number;
  readonly countries: ReadonlyMap<string, CountryRow>;
  readonly trie: TrieNode<ActorEntry>;
}

const DATA_DIR = new URL("../../../data/actors/", import.meta.url);
const COUNTRIES_FILE = "countries.tsv";

function pluralOf(form: string): string | null {
  if (/(s|ed|ry|ce|ia|ment|government|police|military|personnel|men|children|people|mob)$/i.test(form)) return null;
  return /[^aeiou]y$/i.test(form) ? `${form.slice(0, -1)}ies` : `${form}s`;
}

type ExpandedRow = Omit<ActorEntry, "exact" | "exactTokens">;

function expandRow(row: ActorRow, countries: ReadonlyMap<string, CountryRow>): ExpandedRow[] {
  const base = { inter: row.inter, scope: row.scope, rule: row.rule };
  if (row.form.includes("{adj}")) {
    return [...countries.values()].flatMap((c) => c.forms.map((adj) => {
      const form = row.form.replace("{adj}", adj);
      return { ...base, form, canonical: resolveActorName(row.canonical, c), country: c.iso2, caseSensitive: false };
    }));
  }
  const fixed = row.country && row.country !== "@doc" ? countries.get(row.country) ?? null : null;
  const canonical = row.country === "@doc" ? row.canonical : resolveActorName(row.canonical, fixed);
  return [{ ...base, form: row.form, canonical, country: row.country, caseSensitive: isCaseSensitiveForm(row.form) }];
}

export function createActorLexicon(input: { countries: CountryRow[]; rows: ActorRow[] }): ActorLexicon {
  const countries = new Map(input.countries.map((c) => [c.iso2, c]));
  const trie = createTrieNode<ActorEntry>();
  let size = 0;
  for (const entry of input.rows.flatMap((row) => expandRow(row, countries))) {
    const forms = [entry.form];
    const plural = entry.caseSensitive ? null : pluralOf(entry.form);
    if (plural) forms.push(plural);
    for (const form of forms) {
      const tokens = findTokens(form);
      const exactTokens = tokens.map((t) => t.text);
      insertIntoTrie(trie, tokens.map((t) => t.key), { ...entry, form, exact: exactTokens.join(" "), exactTokens });
      size++;
    }
  }
  return { size, countries, trie };
}

async function readText(url: URL | string): Promise<string> {
  try {
    return await readFile(url, "utf8");
  } catch (cause) {
    throw new Error(`cannot read actor lexicon file ${String(url)}`, { cause });
  }
}

export async function loadActorLexicon(options: { extraFiles: string[] }): Promise<ActorLexicon> {
  const names = (await readdir(DATA_DIR)).filter((f) => f.endsWith(".tsv") && f !== COUNTRIES_FILE).sort();
  const countries = parseCountryRows(await readText(new URL(COUNTRIES_FILE, DATA_DIR)), COUNTRIES_FILE);
  const builtIn = await Promise.all(names.map(async (f) => parseActorRows(await readText(new URL(f, DATA_DIR)), f)));
  const extra = await Promise.all(options.extraFiles.map(async (f) => parseActorRows(await readText(f), f)));
  return createActorLexicon({ countries, rows: [...builtIn.flat(), ...extra.flat()] });
}
