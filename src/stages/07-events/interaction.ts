// ACLED's interaction code: the two actors' inter codes joined, smaller first (17 = state vs civilians);
// ten times the code when there is only one actor (20 = rebels alone).
import type { InterCode } from "../../types.js";

export function findInteraction(inter1: InterCode | number | null, inter2: InterCode | number | null): number | null {
  if (inter1 === null) return null;
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}
