// Compact, serialisable string structures over typed arrays, read without parsing: a string list
// (UTF-16 code units plus offsets, decoded one string at a time on demand) and an open-addressing hash
// from string keys to postings lists with a few flag bits. Loading either is a view over the bytes.

/** FNV-1a over UTF-16 code units: no encoding step, the same on build and lookup. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface StringList {
  chars: Uint16Array;
  /** n + 1 offsets into chars. */
  offsets: Uint32Array;
}

export function packStringList(strings: readonly string[]): StringList {
  const offsets = new Uint32Array(strings.length + 1);
  let total = 0;
  strings.forEach((s, i) => {
    total += s.length;
    offsets[i + 1] = total;
  });
  const chars = new Uint16Array(total);
  strings.forEach((s, i) => {
    const at = offsets[i];
    for (let k = 0; k < s.length; k++) chars[at + k] = s.charCodeAt(k);
  });
  return { chars, offsets };
}

export function stringAt(list: StringList, i: number): string {
  const a = list.offsets[i];
  const b = list.offsets[i + 1];
  if (b - a < 512) return String.fromCharCode.apply(null, list.chars.subarray(a, b) as unknown as number[]);
  let s = "";
  for (let k = a; k < b; k += 512) s += String.fromCharCode.apply(null, list.chars.subarray(k, Math.min(b, k + 512)) as unknown as number[]);
  return s;
}

function equalsAt(list: StringList, i: number, key: string): boolean {
  const a = list.offsets[i];
  if (list.offsets[i + 1] - a !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (list.chars[a + k] !== key.charCodeAt(k)) return false;
  return true;
}

export interface KeyTable {
  keys: StringList;
  flags: Uint8Array;
  /** keys.length + 1 offsets into postings. */
  postOffsets: Uint32Array;
  postings: Uint32Array;
  /** Power-of-two open-addressing slots holding key number + 1 (0 = empty). */
  slots: Uint32Array;
}

const EMPTY_POSTINGS = new Uint32Array(0);

/** Build a key table from key -> { flags, postings }. */
export function packKeyTable(entries: ReadonlyMap<string, { flags: number; postings: readonly number[] }>): KeyTable {
  const names = [...entries.keys()];
  const keys = packStringList(names);
  const flags = new Uint8Array(names.length);
  const postOffsets = new Uint32Array(names.length + 1);
  let total = 0;
  names.forEach((k, i) => {
    total += entries.get(k)?.postings.length ?? 0;
    postOffsets[i + 1] = total;
  });
  const postings = new Uint32Array(total);
  let capacity = 16;
  while (capacity < names.length * 2) capacity *= 2;
  const slots = new Uint32Array(capacity);
  names.forEach((k, i) => {
    const entry = entries.get(k);
    if (!entry) return;
    flags[i] = entry.flags;
    postings.set(entry.postings, postOffsets[i]);
    let s = hashKey(k) & (capacity - 1);
    while (slots[s] !== 0) s = (s + 1) & (capacity - 1);
    slots[s] = i + 1;
  });
  return { keys, flags, postOffsets, postings, slots };
}

/** The key's number in the table, or -1. */
export function findKey(table: KeyTable, key: string): number {
  const mask = table.slots.length - 1;
  if (mask < 0) return -1;
  for (let s = hashKey(key) & mask; ; s = (s + 1) & mask) {
    const slot = table.slots[s];
    if (slot === 0) return -1;
    if (equalsAt(table.keys, slot - 1, key)) return slot - 1;
  }
}

export function keyFlags(table: KeyTable, key: string): number {
  const i = findKey(table, key);
  return i < 0 ? 0 : table.flags[i];
}

export function keyPostings(table: KeyTable, key: string): Uint32Array {
  const i = findKey(table, key);
  return i < 0 ? EMPTY_POSTINGS : table.postings.subarray(table.postOffsets[i], table.postOffsets[i + 1]);
}

/** A typed array at least `need` long holding `array`'s contents (doubling, so appends stay cheap). */
function grown<T extends Uint8Array | Int32Array | Uint32Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const next = make(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

export interface KeyTableBuilder {
  /** Add `flag` to the key's flags and, unless null, append a posting to its list. */
  note(key: string, flag: number, posting: number | null): void;
  /** The table packKeyTable would make from the same notes (keys in first-noted order, postings in noted order). */
  pack(): KeyTable;
}

/**
 * Collects keys, flags and postings in typed arrays (postings as per-key linked lists) rather than an
 * object and an array per key: a gazetteer has a million keys, and those objects were most of the
 * build's memory.
 */
export function createKeyTableBuilder(): KeyTableBuilder {
  const ids = new Map<string, number>();
  let flags = new Uint8Array(1024);
  let head = new Int32Array(1024);
  let tail = new Int32Array(1024);
  let counts = new Uint32Array(1024);
  let next = new Int32Array(1024);
  let values = new Uint32Array(1024);
  let postingCount = 0;
  const note = (key: string, flag: number, posting: number | null): void => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      flags = grown(flags, id + 1, (n) => new Uint8Array(n));
      head = grown(head, id + 1, (n) => new Int32Array(n));
      tail = grown(tail, id + 1, (n) => new Int32Array(n));
      counts = grown(counts, id + 1, (n) => new Uint32Array(n));
      head[id] = -1;
      tail[id] = -1;
    }
    flags[id] |= flag;
    if (posting === null) return;
    const p = postingCount++;
    next = grown(next, p + 1, (n) => new Int32Array(n));
    values = grown(values, p + 1, (n) => new Uint32Array(n));
    values[p] = posting;
    next[p] = -1;
    if (tail[id] < 0) head[id] = p;
    else next[tail[id]] = p;
    tail[id] = p;
    counts[id]++;
  };
  const pack = (): KeyTable => {
    const names = [...ids.keys()];
    const postOffsets = new Uint32Array(names.length + 1);
    for (let i = 0; i < names.length; i++) postOffsets[i + 1] = postOffsets[i] + counts[i];
    const postings = new Uint32Array(postingCount);
    for (let i = 0; i < names.length; i++) {
      let at = postOffsets[i];
      for (let p = head[i]; p >= 0; p = next[p]) postings[at++] = values[p];
    }
    let capacity = 16;
    while (capacity < names.length * 2) capacity *= 2;
    const slots = new Uint32Array(capacity);
    names.forEach((k, i) => {
      let s = hashKey(k) & (capacity - 1);
      while (slots[s] !== 0) s = (s + 1) & (capacity - 1);
      slots[s] = i + 1;
    });
    return { keys: packStringList(names), flags: flags.slice(0, names.length), postOffsets, postings, slots };
  };
  return { note, pack };
}
