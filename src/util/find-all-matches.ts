// Every match of a global expression, like String.prototype.matchAll but without its per-call copy of the
// expression: matchAll clones the RegExp on every call, and for these long alternations the clone costs
// several times the scan itself. The expression's lastIndex is reset before and after, so sharing it is safe.

export function findAllMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`findAllMatches: expected a global (g) expression, got /${pattern.source.slice(0, 40)}/${pattern.flags}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
