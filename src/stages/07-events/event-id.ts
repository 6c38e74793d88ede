// Stable event ids: the same document, date, place, sub-event type and sentence give the same id.
import { createHash } from "node:crypto";

export function createEventId(parts: { document: string; date: string | null; place: string | null; sub: string; sentence: number }): string {
  const key = [parts.document, parts.date ?? "", parts.place ?? "", parts.sub, String(parts.sentence)].join("|");
  return createHash("sha1").update(key).digest("hex").slice(0, 16);
}
