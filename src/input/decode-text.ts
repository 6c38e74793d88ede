// Bytes to text, or a Problem saying why not: empty, binary (NUL bytes or mostly control characters),
// or invalid UTF-8 (with the byte offset of the first bad sequence).
import type { Problem } from "../types.js";

export type Decoded = { kind: "text"; text: string } | { kind: "problem"; problem: Problem };

const SNIFF_BYTES = 8192;
/** More than this share of control bytes in the first 8 KB means "not text". */
const MAX_CONTROL_SHARE = 0.1;

export function decodeText(bytes: Uint8Array, options: { charset?: string | null } = {}): Decoded {
  if (bytes.length === 0) return problem("empty-input", "empty file (0 bytes)");
  const nul = bytes.indexOf(0);
  if (nul !== -1) return problem("binary-input", `binary file (NUL byte at offset ${nul})`);
  const share = controlShare(bytes.subarray(0, SNIFF_BYTES));
  if (share > MAX_CONTROL_SHARE) {
    return problem("binary-input", `binary file (${Math.round(share * 100)}% control bytes in the first ${SNIFF_BYTES} bytes)`);
  }
  const charset = (options.charset ?? "utf-8").toLowerCase();
  const text = isUtf8Label(charset) ? decodeUtf8(bytes) : decodeOther(bytes, charset);
  if (typeof text !== "string") return text;
  if (text.trim() === "") return problem("empty-input", `empty file (${bytes.length} bytes of whitespace only)`);
  return { kind: "text", text };
}

function decodeUtf8(bytes: Uint8Array): string | Decoded {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    return problem("invalid-utf8", `invalid UTF-8 (bad byte 0x${hex(bytes[offset])} at offset ${offset})`);
  }
}

function decodeOther(bytes: Uint8Array, charset: string): string | Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return problem("unsupported-input", `unknown character set '${charset}' (expected utf-8 or a WHATWG encoding label)`);
  }
  return decoder.decode(bytes);
}

function isUtf8Label(charset: string): boolean {
  return charset === "utf-8" || charset === "utf8" || charset === "unicode-1-1-utf-8";
}

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return bytes.length === 0 ? 0 : control / bytes.length;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 if all is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return i;
    if (need > 0 && !validContinuation(bytes, i, need)) return i;
    i += need + 1;
  }
  return -1;
}

function validContinuation(bytes: Uint8Array, start: number, need: number): boolean {
  if (start + need >= bytes.length) return false;
  const lead = bytes[start];
  const second = bytes[start + 1];
  // Overlong, surrogate and out-of-range forms are excluded by the second byte's range.
  if (lead === 0xe0 && second < 0xa0) return false;
  if (lead === 0xed && second > 0x9f) return false;
  if (lead === 0xf0 && second < 0x90) return false;
  if (lead === 0xf4 && second > 0x8f) return false;
  for (let k = 1; k <= need; k++) {
    if ((bytes[start + k] & 0xc0) !== 0x80) return false;
  }
  return true;
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).padStart(2, "0");
}

function problem(kind: Problem["kind"], message: string): Decoded {
  return { kind: "problem", problem: { kind, message } };
}
