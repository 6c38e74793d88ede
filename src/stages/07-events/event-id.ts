// Stable event ids: the same document, date, place, sub-event type and sentence give the same id.
import * as crypto from "node:crypto";

/** One-shot sha1 where Node has it (20.12+): no Hash object per event, and the same digest, so ids never change. */
const sha1 = typeof crypto.hash === "function"
  ? (key: string) => crypto.hash("sha1", key, "hex")
  : (key: string) => crypto.createHash("sha1").update(key).digest("hex");

export function createEventId(parts: { document: string; date: string | null; place: string | null; sub: string; sentence: number }): string {
  const key = [parts.document, parts.date ?? "", parts.place ?? "", parts.sub, String(parts.sentence)].join("|");
  return sha1(key).slice(0, 16);
}
