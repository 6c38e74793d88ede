// "Alexandria, La.", "Dayton, OH", "Kingston, Ont.": a state or province written as an abbreviation
// after a town and a comma (data/places/admin-abbreviations.tsv). It qualifies that town, and it tells
// the whole document which country and division it is about.
import type { PlaceLexicon } from "../../gazetteer/place-lexicon.js";

export interface AdminQualifier {
  country: string;
  admin1: string;
  /** Where the abbreviation is written (UTF-16 offsets into the text). */
  start: number;
  end: number;
}

/** ", " then dotted abbreviations ("La.", "N.Y.", "W. Va.") or a two-letter postal code ("OH"). */
const AFTER_COMMA = /^,\s+((?:[A-Z][a-z]{0,4}\.\s?){1,3}|[A-Z]{2}(?![\p{L}\p{N}]))/u;

/** The division abbreviated right after `end` (the end of a place name), or null. */
export function findAdminQualifier(text: string, end: number, lexicon: PlaceLexicon): AdminQualifier | null {
  if (lexicon.adminAbbreviations.size === 0 || text.charCodeAt(end) !== 44) return null;
  const match = AFTER_COMMA.exec(text.slice(end, end + 16));
  if (!match) return null;
  const written = match[1].trim();
  const division = lexicon.adminAbbreviations.get(written) ?? lexicon.adminAbbreviations.get(written.replace(/\s+/g, ""));
  if (!division) return null;
  const start = end + match[0].indexOf(match[1]);
  return { ...division, start, end: start + written.length };
}
