// Parsing the actor lexicon's TSV files (format: data/actors/README.md). Pure: text in, rows out.
import type { InterCode } from "../../types.js";

export interface CountryRow {
  iso2: string;
  name: string;
  /** Adjectives and names that introduce the state's forces ("Syrian", "Russian"). */
  forms: string[];
  military: string;
  police: string;
  government: string;
}

export interface ActorRow {
  form: string;
  /** ACLED-style name, possibly a template ({military}, {police}, {government}, {name}); "-" blocks the form. */
  canonical: string;
  inter: InterCode;
  /** ISO2, "@doc" (the document's country) or "@adj" (the country of the {adj} form), or null. */
  country: string | null;
  /** ISO2 of the documents this row applies to; null: everywhere. */
  scope: string | null;
  /** "file.tsv:12": where the row came from, kept on every mention it makes. */
  rule: string;
}

function dataLines(text: string): { cells: string[]; line: number }[] {
  return text.split(/\r?\n/)
    .map((raw, i) => ({ cells: raw.split("\t"), line: i + 1, raw }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#"));
}

export function parseCountryRows(text: string, file: string): CountryRow[] {
  return dataLines(text).map(({ cells, line }) => {
    if (cells.length < 3 || !/^[A-Z]{2}$/.test(cells[0])) {
      throw new Error(`${file}:${line}: expected "iso2<TAB>name<TAB>forms...", got "${cells.join("\\t")}"`);
    }
    const [iso2, name, forms, military = "", police = "", government = ""] = cells.map((c) => c.trim());
    return { iso2, name, forms: forms.split(",").map((f) => f.trim()).filter(Boolean), military, police, government };
  });
}

function parseInter(value: string, where: string): InterCode {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 8) throw new Error(`${where}: inter must be 0-8, got "${value}"`);
  return n as InterCode;
}

export function parseActorRows(text: string, file: string): ActorRow[] {
  return dataLines(text).map(({ cells, line }) => {
    const where = `${file}:${line}`;
    if (cells.length < 3) throw new Error(`${where}: expected "form<TAB>canonical<TAB>inter...", got "${cells.join("\\t")}"`);
    const [form, canonical, inter, country = "", scope = ""] = cells.map((c) => c.trim());
    return {
      form, canonical, inter: parseInter(inter, where),
      country: country || null, scope: scope || null, rule: where,
    };
  });
}
