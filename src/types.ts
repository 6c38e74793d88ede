// The records that flow through the pipeline. Field names follow ../shared/CONTRACT.md
// (the JSON of `sitrep extract --json`), so a record serialises as it is.

/** A stretch of the cleaned text: UTF-16 offsets, and `text === cleaned.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What a reader hands the pipeline: one document before cleaning. */
export interface RawDocument {
  /** Where it came from, for messages and for `document.path`. */
  path: string | null;
  url: string | null;
  /** The document as read (HTML or plain text). */
  body: string;
  format: "html" | "text";
  /** Known from outside the text (JSONL field, feed item, --published). ISO date. */
  published?: string | null;
  title?: string | null;
  publisher?: string | null;
}

export interface DocumentInfo {
  /** sha256 (hex) of the cleaned text. */
  id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) or null: never guessed. */
  published: string | null;
  /** How `published` was found. */
  published_from: "given" | "meta" | "dateline" | null;
  language: string;
}

export interface CleanDocument extends DocumentInfo {
  /** The cleaned text every offset points into. */
  text: string;
  /** Spans of the original that cleaning removed as boilerplate (for the record; offsets are into `body`). */
  removed: { reason: string; text: string }[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph number (blank-line separated), for carrying dates and places forward. */
  paragraph: number;
}

export type TimePrecision = 1 | 2 | 3;
export type GeoPrecision = 1 | 2 | 3;

export interface DateMention {
  /** Resolved day (YYYY-MM-DD); for precision 2 the middle of the week, for 3 the 15th. Null when unresolvable. */
  date: string | null;
  /** A second day for "on Tuesday and Wednesday"-style lists is a second mention. */
  time_precision: TimePrecision;
  sentence: number;
  rule: string;
  evidence: Span;
}

export interface PlaceMention {
  /** As written in the text. */
  name: string;
  /** False: recognised as a place but not found in the gazetteer (kept, never dropped). */
  resolved: boolean;
  latitude: number | null;
  longitude: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  admin1: string | null;
  feature: string | null;
  gazetteer_id: string | null;
  population: number | null;
  /** `location`: where something happened; `metonym`: a capital standing for a government ("the Kremlin"). */
  role: "location" | "metonym";
  /** ACLED geo_precision if an event were placed here: 1 the town, 2 near it / part of it, 3 a region. */
  geo_precision: GeoPrecision;
  /** Which rule found and resolved it, and how sure (0..1). */
  rule: string;
  score: number;
  sentence: number;
  evidence: Span;
}

/** ACLED inter codes: 1 state, 2 rebels, 3 political militia, 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other. */
export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface ActorMention {
  /** Canonical ACLED-style name, e.g. "Military Forces of Syria (2000-)". */
  name: string;
  type: InterCode;
  /** As written: "Assad's army". */
  mention: string;
  /** ISO2 of the country the actor belongs to, when known. */
  country: string | null;
  rule: string;
  sentence: number;
  evidence: Span;
}

export type Measure =
  | "killed" | "injured" | "displaced" | "besieged" | "refugees" | "strikes" | "detained" | "missing" | "other";

export interface Figure {
  measure: Measure;
  value: number;
  low: number;
  high: number | null;
  /** "at least", "more than", "about", "nearly", "up to", "as few as", or null. */
  qualifier: string | null;
  unit: string;
  /** What was counted, as written ("doctors", "Islamic State targets"). */
  subject: string;
  place: string | null;
  date: string | null;
  /** Who made the claim, when the text says; the nearest claimant of a chain. */
  attributed_to: string | null;
  /** The whole chain, nearest first: ["The Independent", "SOHR"]. */
  attribution_chain: string[];
  /** `summary`: a whole-war or whole-country figure, not a count for one event. */
  scope: "event" | "summary";
  sentence: number;
  rule: string;
  evidence: Span;
}

export const EVENT_TYPES = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
  ],
} as const;
export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];

/** What a sentence does with an event it names. Only `event` becomes a coded event. */
export type StatementKind = "event" | "plan" | "threat" | "claim-denied" | "hypothetical" | "history" | "summary";

export interface EventLocation {
  name: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision;
  admin1: string | null;
  country: string | null;
  iso: number | null;
  resolved: boolean;
}

export interface Fatalities {
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface CodedEvent {
  /** Stable: derived from document id, date, place and sub-event type. */
  id: string;
  event_type: EventType;
  sub_event_type: SubEventType;
  kind: StatementKind;
  event_date: string | null;
  time_precision: TimePrecision | null;
  actor1: string | null;
  assoc_actor_1: string[];
  inter1: InterCode | null;
  actor2: string | null;
  assoc_actor_2: string[];
  inter2: InterCode | null;
  interaction: number | null;
  civilian_targeting: boolean;
  location: EventLocation | null;
  fatalities: Fatalities;
  attributed_to: string[];
  evidence: Span[];
  rule: string;
}

export type ProblemKind =
  | "unreadable-input" | "empty-input" | "binary-input" | "invalid-utf8" | "too-large" | "bad-jsonl-line"
  | "unresolved-date" | "unresolved-place" | "no-events" | "fetch-failed" | "internal-error"
  | "unsupported-input";

export interface Problem {
  kind: ProblemKind;
  message: string;
  evidence?: Span;
}

/** The contract: one per document. */
export interface Extraction {
  document: DocumentInfo;
  sentences?: Sentence[];
  places: PlaceMention[];
  actors: ActorMention[];
  figures: Figure[];
  events: CodedEvent[];
  problems: Problem[];
}
