// Splits a byte stream into lines without loading it whole. Splitting on 0x0A is safe for UTF-8 (it never
// occurs inside a multi-byte sequence), so each line can be decoded and checked on its own.

export type Line = { kind: "line"; number: number; bytes: Buffer } | { kind: "too-long"; number: number; bytes: number };

export async function* splitLines(stream: AsyncIterable<Buffer | string>, options: { maxBytes: number }): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 1;
  for await (const chunk of stream) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let nl = buf.indexOf(0x0a);
    while (nl !== -1) {
      yield finish(buf.subarray(0, nl));
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    add(buf);
  }
  if (size > 0 || overflow) yield finish(Buffer.alloc(0));

  function add(piece: Buffer): void {
    size += piece.length;
    if (size > options.maxBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(Buffer.from(piece));
    }
  }

  function finish(tail: Buffer): Line {
    add(tail);
    const line: Line = overflow
      ? { kind: "too-long", number, bytes: size }
      : { kind: "line", number, bytes: stripCr(Buffer.concat(parts)) };
    parts = [];
    size = 0;
    overflow = false;
    number++;
    return line;
  }
}

function stripCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
