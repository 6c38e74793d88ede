// Keys stored beside events so filters stay simple SQL: lower-case, accents folded ("Ḥumayrah" -> "humayrah").

export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** The actor names of an event joined by a separator no name contains, for substring search. */
export function actorsKey(names: readonly (string | null)[]): string {
  return names.filter((n): n is string => !!n).map(foldText).join("\u001f");
}

/** Escape % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeContains(needle: string): string {
  return `%${foldText(needle).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
