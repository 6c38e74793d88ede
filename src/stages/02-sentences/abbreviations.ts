// Words that end in a full stop without ending the sentence: titles and ranks before names, months,
// and common shortenings. Lower-case, without the stop.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "pres", "gen", "lt", "col", "maj", "capt", "cpt",
  "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "lieut", "insp", "supt", "st", "jr", "sr", "hon", "amb", "fr", "sheikh",
  // months and days
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // common shortenings
  "no", "nos", "vs", "etc", "approx", "est", "inc", "ltd", "co", "corp", "dept", "univ", "vol", "fig", "al", "ca",
  "mt", "ft", "km", "mi",
]);

/** Dotted acronyms whose last stop rarely ends a sentence when a capital follows: "U.S. forces", "U.N. envoy". */
export const DOTTED_ACRONYM = /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u;
