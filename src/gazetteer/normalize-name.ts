// Normalised keys for place names, tolerant of transliteration: case, diacritics, apostrophes and
// ayn marks, Arabic articles (al-/el-/ad-/as-/az-/ash-/ar-...), ou/u, ee/i, e/i and o/u vowel variance,
// doubled letters, a final -ah/-a, hyphens vs spaces, and Arabic-script spelling variants.
// The same function keys the gazetteer and the text, so any folding applies to both sides alike.

/** Article tokens dropped when another token follows ("Deir ez-Zor" = "Deir Zor", "Al Bab" = "Bab"). */
const ARTICLE_TOKENS = new Set(["al", "el", "ad", "ed", "as", "es", "az", "ez", "ash", "esh", "ar", "er", "at", "et", "an", "en", "ath", "adh", "the", "ال"]);

/** Letter-sequence foldings applied to Latin tokens, in order (each with its reason). */
const LATIN_FOLDS: readonly [RegExp, string][] = [
  [/ou|oo|o/g, "u"], // Touman / Tuman / Toman
  [/ee|ie|e/g, "i"], // Idleb / Idlib, Deir / Dir
  [/y(?=[^aiu]|$)/g, "i"], // Ziytan / Zitan, -iyah / -iya
  [/iy(?=[aiu])/g, "i"], // Qalajiyah / Qalajia
  [/ph/g, "f"],
  [/([a-z])\1+/g, "$1"], // Latakia / Lattakia
  [/(?<=[aiu])h$/g, ""], // Zarbah / Zarba
];

/** Arabic-script foldings: hamza-carrying alefs, ta marbuta, alef maqsura, tatweel. */
const ARABIC_FOLDS: readonly [RegExp, string][] = [
  [/[أإآٱ]/g, "ا"],
  [/ة/g, "ه"],
  [/ى/g, "ي"],
  [/ـ/g, ""],
  [/^ال(?=..)/g, ""], // attached article
];

const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
const APOSTROPHES = /['’‘`ʿʾʻʼ´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

const PLAIN_ASCII = /^[A-Za-z]+$/;

/** One word of a name, folded; "" if nothing is left. */
export function normalizeToken(token: string): string {
  let t = PLAIN_ASCII.test(token) ? token.toLowerCase() : token.normalize("NFKD").replace(MARKS, "").replace(APOSTROPHES, "").replace(/\./g, "").toLowerCase();
  if (/[\u0600-\u06ff]/.test(t)) {
    for (const [re, to] of ARABIC_FOLDS) t = t.replace(re, to);
    return t;
  }
  t = t.replace(/ß/g, "ss").replace(/[æ]/g, "ae").replace(/ø/g, "o").replace(/ł/g, "l").replace(/ı/g, "i").replace(/đ/g, "d");
  for (const [re, to] of LATIN_FOLDS) t = t.replace(re, to);
  return t;
}

/** Memo of normalizeToken for the text scanner (words repeat); bounded, and a pure function's cache. */
const TOKEN_MEMO = new Map<string, string>();

/** normalizeToken, remembered. */
export function normalizeTokenCached(token: string): string {
  let key = TOKEN_MEMO.get(token);
  if (key === undefined) {
    key = normalizeToken(token);
    if (TOKEN_MEMO.size >= 100_000) TOKEN_MEMO.clear();
    TOKEN_MEMO.set(token, key);
  }
  return key;
}

/** True for an article word that is dropped when a name has another word. */
export function isArticleToken(normalized: string): boolean {
  return FOLDED_ARTICLES.has(normalized);
}

/** Join already-normalised tokens into a key, dropping articles unless nothing else is left. */
export function joinKey(tokens: readonly string[]): string {
  const kept = tokens.filter((t) => t !== "" && !isArticleToken(t));
  return kept.length > 0 ? kept.join(" ") : tokens.filter((t) => t !== "").join(" ");
}

/** The lookup key of a whole name: "Al-Zarbah" and "az Zarba" give the same key. */
export function normalizeName(name: string): string {
  const expanded = name.replace(APOSTROPHES, "").replace(/(?:\b\p{L}\.){2,}/gu, (m) => m.replace(/\./g, "")).replace(/(^|[\s-])(al|el|ad|as|az|ash|ar)-(?=\p{L})/giu, "$1$2 ");
  return joinKey(expanded.split(NON_WORD).map(normalizeToken));
}

const FOLDED_ARTICLES = new Set([...ARTICLE_TOKENS].map(normalizeToken));
