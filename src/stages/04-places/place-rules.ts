// The places stage's rules as data, each list with the reason it exists. Word lists are sets tested
// case-insensitively (one lookup per token, no regular expression in the scanning loop).

/** A case-insensitive word set with a RegExp-like `test`. */
export interface WordSet {
  readonly words: ReadonlySet<string>;
  test(word: string): boolean;
}

/**
 * A quick "might this word be in the set?" by its length and first character (a table, no hashing): most
 * words of a text are in no word list, and a Set lookup of each costs more than the whole table test.
 */
export function createWordGate(words: Iterable<string>): (word: string) => boolean {
  const slot = (word: string): number => (Math.min(word.length, 31) << 7) | (word.charCodeAt(0) & 127);
  const table = new Uint8Array(32 << 7);
  for (const w of words) if (w.length > 0) table[slot(w)] = 1;
  return (word) => word.length > 0 && table[slot(word)] === 1;
}

export function wordSet(words: readonly string[]): WordSet {
  const set = new Set(words);
  const gate = createWordGate(set);
  return {
    words: set,
    test: (word) => {
      if (gate(word) && set.has(word)) return true;
      const c = word.charCodeAt(0);
      return (c < 97 || c > 122) && set.has(word.toLowerCase());
    },
  };
}

/** Lower-case words allowed inside a multi-word name ("Ras al-Ain", "Bay of Islands"). */
export const NAME_CONNECTORS = new Set(["al", "el", "ad", "as", "az", "ash", "ar", "at", "an", "ez", "es", "ed", "of", "de", "del", "la", "le", "du", "des", "da", "do", "dos", "das", "upon", "on", "bin", "ibn", "bani", "sur", "am", "im", "an-der"]);

/** Words after a name that make it part of something else: a street, a newspaper, an institution. */
export const NOT_A_PLACE_AFTER = new Set([
  "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "lane", "highway", "way", "court",
  "post", "times", "herald", "tribune", "journal", "gazette", "chronicle", "observer", "daily", "news", "sun", "star",
  "university", "college", "observatory", "institute", "company", "corp", "inc", "ltd", "bank", "fc", "united", "club",
]);

/** Verbs and auxiliaries that make a capital or country an actor ("Moscow said", "Washington has warned"). */
export const ACTOR_VERBS = new Set([
  "said", "says", "say", "has", "have", "had", "is", "was", "were", "are", "wants", "wanted", "warned", "warns", "accused",
  "accuses", "denied", "denies", "announced", "announces", "insisted", "insists", "demanded", "demands", "urged", "urges",
  "backed", "backs", "supports", "supported", "agreed", "agrees", "rejected", "rejects", "condemned", "condemns", "called",
  "calls", "claimed", "claims", "sent", "sends", "vowed", "vows", "threatened", "threatens", "hopes", "believes", "refused",
  "refuses", "responded", "signed", "considers", "sees", "would", "will", "could", "may", "must", "should", "blamed",
  "blames", "imposed", "pledged", "pledges", "admitted", "confirmed", "stated", "argued", "argues", "reiterated", "expects",
  "intends", "plans", "planned", "decided", "ordered", "approved", "recognised", "recognized", "offered", "proposed",
]);

/** Words that introduce a place name ("the village of X", "outskirts of X"), with the geo precision they imply. */
export const CUES_BEFORE: readonly { words: WordSet; precision: 1 | 2 | 3; rule: string }[] = [
  { words: wordSet(["village", "villages", "town", "towns", "city", "cities", "hamlet", "hamlets", "settlement", "settlements", "locality", "localities", "camp", "camps"]), precision: 1, rule: "cue:kind-of" },
  { words: wordSet(["outskirts", "suburb", "suburbs", "countryside", "vicinity", "neighbourhood", "neighborhood", "district", "area", "edge", "environs"]), precision: 2, rule: "cue:part-of" },
  { words: wordSet(["province", "governorate", "region", "state", "county", "municipality"]), precision: 3, rule: "cue:division-of" },
  { words: wordSet(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]), precision: 2, rule: "cue:direction-of" },
];

/** Words after a name that say what it is ("Idlib province", "Aleppo countryside"), with geo precision. */
export const CUES_AFTER: readonly { words: WordSet; precision: 1 | 2 | 3; rule: string; division: boolean }[] = [
  { words: wordSet(["province", "governorate", "region", "county", "parish", "oblast", "prefecture"]), precision: 3, rule: "cue:division", division: true },
  { words: wordSet(["countryside", "outskirts", "suburb", "suburbs", "district", "neighbourhood", "neighborhood", "area", "environs", "frontline", "front"]), precision: 2, rule: "cue:part", division: false },
  { words: wordSet(["village", "town", "city", "airbase", "airport", "base", "camp", "prison", "checkpoint"]), precision: 1, rule: "cue:kind", division: false },
];

/** Any word of CUES_BEFORE / CUES_AFTER: one lookup decides whether a token can be a cue at all. */
export const ANY_CUE_BEFORE = wordSet(CUES_BEFORE.flatMap((c) => [...c.words.words]));
export const ANY_CUE_AFTER = wordSet(CUES_AFTER.flatMap((c) => [...c.words.words]));

/** Words before a name that make it a point near the place, not the place ("near X", "eastern X"). */
export const NEAR_BEFORE = wordSet(["near", "nearby", "outside", "around", "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern", "rural", "greater"]);

/** Prepositions that introduce a location ("in X", "at X"): license an unknown capitalised word as a place. */
export const LOCATIVE_BEFORE = new Set(["in", "near", "at", "outside", "around", "from", "into", "towards", "toward", "to", "across", "inside", "through"]);

/**
 * Locatives that alone find a name the gazetteer lacks. "to", "at" and "from" are left out: after them
 * come people ("according to Smith"), firms ("at Walmart") and streets far more often than unknown places.
 */
export const CUE_LOCATIVES = new Set([...LOCATIVE_BEFORE].filter((w) => !["to", "at", "from"].includes(w)));

/** Words joining a cue to its name: "the village of X", "villages including X", "a town called X". */
export const CUE_LINKS = new Set(["of", "including", "like", "called", "named", "such"]);

/** Words joining names in a list ("Zitan, Humaira and Qalaajiya"). */
export const LIST_LINKS = /^\s*(?:,|,?\s+and|,?\s+or)\s+$/;

/** Titles before a person's name ("President X", "Gen. X", "Mr X"): the next capitalised word is a person. */
export const PERSON_TITLES = wordSet([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "gen", "general", "col", "colonel", "maj", "major", "capt", "captain", "lt",
  "lieutenant", "sgt", "sergeant", "cpl", "corporal", "adm", "admiral", "president", "sen", "senator", "rep", "representative",
  "gov", "governor", "mayor", "judge", "justice", "sheriff", "deputy", "officer", "detective", "minister", "premier", "chancellor",
  "king", "queen", "prince", "princess", "sheikh", "emir", "imam", "pope", "rev", "reverend", "pastor", "bishop", "coach",
  "chief", "secretary", "commissioner", "prof", "professor", "spokesman", "spokeswoman", "attorney", "councilman", "councilwoman",
]);

/** Verbs of speech after a single small place name make it a person ("Moore said"). */
export const SPEECH_VERBS = wordSet([
  "said", "says", "told", "added", "explained", "noted", "stated", "asked", "wrote", "recalled", "replied", "admitted", "testified",
]);

/** Endings of contractions ("I've", "we'll"): such a word is never a name. */
export const CONTRACTION = /['’](?:ve|ll|re|m|d|t)$/i;
