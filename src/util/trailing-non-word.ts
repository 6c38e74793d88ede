// The length of a text without its trailing run of characters other than ASCII letters and digits: what
// `text.replace(/[\W_]+$/, "").length` gives, by a backward scan. The expression is quadratic on a long
// run of punctuation or blanks that does not reach the end ("- - - ... x."): each start re-reads the run.

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function lengthWithoutTrailingNonWord(text: string): number {
  let end = text.length;
  while (end > 0 && !isAsciiLetterOrDigit(text.charCodeAt(end - 1))) end--;
  return end;
}
