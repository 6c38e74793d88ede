// GazetteerData <-> bytes: a small JSON header (version, code tables, where each array sits), then the
// typed arrays, each 8-byte aligned. Reading makes views over the bytes: no parse, no copy.
import type { GazetteerData } from "./gazetteer-data.js";
import type { KeyTable, StringList } from "./string-table.js";

const MAGIC = 0x5a475453; // "STGZ"

type Typed = Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;
const KINDS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f32: Float32Array, f64: Float64Array } as const;
type Kind = keyof typeof KINDS;

function kindOf(a: Typed): Kind {
  if (a instanceof Uint8Array) return "u8";
  if (a instanceof Uint16Array) return "u16";
  if (a instanceof Uint32Array) return "u32";
  if (a instanceof Float32Array) return "f32";
  return "f64";
}

function arraysOf(data: GazetteerData): Record<string, Typed> {
  const list = (p: string, l: StringList) => ({ [`${p}.chars`]: l.chars, [`${p}.offsets`]: l.offsets });
  const table = (p: string, t: KeyTable) => ({ ...list(`${p}.keys`, t.keys), [`${p}.flags`]: t.flags, [`${p}.postOffsets`]: t.postOffsets, [`${p}.postings`]: t.postings, [`${p}.slots`]: t.slots });
  return {
    ...list("strings", data.strings), idRef: data.idRef, nameRef: data.nameRef, admin1Ref: data.admin1Ref, lat: data.lat, lon: data.lon,
    population: data.population, countryCode: data.countryCode, featureCode: data.featureCode, ...table("names", data.names), ...table("loose", data.loose),
  };
}

const align8 = (n: number): number => (n + 7) & ~7;

/**
 * The file's bytes as pieces in order (header, then each array with its padding), the arrays as views and
 * not copies: a writer can stream them without holding a second copy of the whole gazetteer.
 */
export function toGazetteerChunks(data: GazetteerData): Uint8Array[] {
  const arrays = arraysOf(data);
  const layout: Record<string, [Kind, number, number]> = {};
  let at = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout[name] = [kindOf(a), at, a.length];
    at = align8(at + a.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ version: data.version, size: data.size, countries: data.countries, features: data.features, layout }));
  const base = align8(12 + header.length);
  const prefix = new Uint8Array(base);
  const view = new DataView(prefix.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, data.version, true);
  view.setUint32(8, header.length, true);
  prefix.set(header, 12);
  const chunks: Uint8Array[] = [prefix];
  for (const a of Object.values(arrays)) {
    chunks.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const padding = align8(a.byteLength) - a.byteLength;
    if (padding > 0) chunks.push(new Uint8Array(padding));
  }
  return chunks;
}

export function toGazetteerBytes(data: GazetteerData): Uint8Array {
  const chunks = toGazetteerChunks(data);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Views over the bytes; null when they are not a gazetteer of this version. */
export function fromGazetteerBytes(input: Uint8Array, version: number): GazetteerData | null {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.length < 12) return null;
  const buffer = bytes.buffer as ArrayBuffer;
  const view = new DataView(buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== version) return null;
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as {
    version: number; size: number; countries: string[]; features: string[]; layout: Record<string, [Kind, number, number]>;
  };
  const base = bytes.byteOffset + align8(12 + headerLength);
  const get = <K extends Kind>(name: string, kind: K): InstanceType<(typeof KINDS)[K]> => {
    const [k, offset, length] = header.layout[name];
    if (k !== kind) throw new Error(`gazetteer cache: ${name} is ${k}, expected ${kind}`);
    return new KINDS[kind](buffer, base + offset, length) as InstanceType<(typeof KINDS)[K]>;
  };
  const list = (p: string): StringList => ({ chars: get(`${p}.chars`, "u16"), offsets: get(`${p}.offsets`, "u32") });
  const table = (p: string): KeyTable => ({ keys: list(`${p}.keys`), flags: get(`${p}.flags`, "u8"), postOffsets: get(`${p}.postOffsets`, "u32"), postings: get(`${p}.postings`, "u32"), slots: get(`${p}.slots`, "u32") });
  return {
    version: header.version, size: header.size, countries: header.countries, features: header.features, strings: list("strings"),
    idRef: get("idRef", "u32"), nameRef: get("nameRef", "u32"), admin1Ref: get("admin1Ref", "u32"), lat: get("lat", "f32"), lon: get("lon", "f32"),
    population: get("population", "f64"), countryCode: get("countryCode", "u16"), featureCode: get("featureCode", "u8"),
    names: table("names"), loose: table("loose"),
  };
}
