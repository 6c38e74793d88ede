// `-`: the whole of standard input as one document, HTML or text by sniffing its start.
import { decodeText } from "./decode-text.js";
import { formatBytes, problemItem, type InputItem } from "./input-item.js";
import { sniffFormat } from "./sniff-format.js";

export const STDIN_NAME = "<stdin>";

export async function readStdin(stream: NodeJS.ReadableStream, options: { maxBytes: number; published: string | null }): Promise<InputItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > options.maxBytes) {
      return problemItem(STDIN_NAME, "too-large", `standard input is over the ${formatBytes(options.maxBytes)} limit (--max-bytes)`);
    }
    chunks.push(buf);
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if (decoded.kind === "problem") return { kind: "problem", input: STDIN_NAME, problem: decoded.problem };
  const doc = { path: null, url: null, body: decoded.text, format: sniffFormat(decoded.text), published: options.published };
  return { kind: "document", input: STDIN_NAME, doc };
}
