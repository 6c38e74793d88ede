// An incident is a record of one thing that happened (what, where, when, who, how many, who said so), made
// before any words are chosen. Templates render it; a later multi-source corpus renders the same record
// through several outlets with different templates.
import type { Random } from "./random.js";
import type { Side, Theatre } from "./theatres.js";

export type IncidentKind =
  | "air-strike" | "shelling" | "clash" | "capture" | "ied" | "suicide-bomb" | "protest" | "abduction" | "arrest";

export const INCIDENT_KINDS: readonly IncidentKind[] = [
  "air-strike", "shelling", "clash", "capture", "ied", "suicide-bomb", "protest", "abduction", "arrest",
];

/** A count as a report states it: exact, "at least", or a range. */
export interface Count {
  low: number;
  high: number | null;
  qualifier: "at least" | "more than" | "about" | "up to" | null;
}

export interface Incident {
  kind: IncidentKind;
  country: string;
  town: string;
  /** A village near the town, when the report is that precise. */
  village: string | null;
  /** ISO day the incident happened. */
  date: string;
  actor: string;
  target: string | null;
  killed: Count | null;
  injured: Count | null;
  claimant: string;
}

const WHO_ACTS: Record<IncidentKind, readonly Side["role"][]> = {
  "air-strike": ["state", "external"],
  "shelling": ["state", "rebels", "militia"],
  "clash": ["state", "rebels", "militia"],
  "capture": ["state", "rebels", "militia"],
  "ied": ["rebels", "militia"],
  "suicide-bomb": ["rebels"],
  "protest": ["protesters", "civilians"],
  "abduction": ["rebels", "militia"],
  "arrest": ["state"],
};

export function createIncident(random: Random, theatre: Theatre, published: string): Incident {
  const kind = random.pick(INCIDENT_KINDS);
  const actorSide = pickSide(random, theatre, WHO_ACTS[kind]) ?? random.pick(theatre.sides);
  const others = theatre.sides.filter((s) => s !== actorSide);
  const targetSide = kind === "protest" ? null : random.pick(others);
  const deadly = kind !== "protest" && kind !== "arrest" && kind !== "capture" ? random.chance(0.8) : random.chance(0.2);
  return {
    kind,
    country: theatre.country,
    town: random.pick(theatre.towns),
    village: random.chance(0.3) ? random.pick(theatre.villages) : null,
    date: shiftDay(published, -random.int(0, 6)),
    actor: random.pick(actorSide.names),
    target: targetSide ? random.pick(targetSide.names) : null,
    killed: deadly ? createCount(random) : null,
    injured: random.chance(0.5) ? createCount(random) : null,
    claimant: random.pick(theatre.claimants),
  };
}

function pickSide(random: Random, theatre: Theatre, roles: readonly Side["role"][]): Side | null {
  const fitting = theatre.sides.filter((s) => roles.includes(s.role));
  return fitting.length > 0 ? random.pick(fitting) : null;
}

function createCount(random: Random): Count {
  const low = random.chance(0.7) ? random.int(1, 20) : random.int(21, 140);
  const shape = random.int(0, 3);
  if (shape === 0) return { low, high: low + random.int(1, 6), qualifier: null };
  if (shape === 1) return { low, high: null, qualifier: random.pick(["at least", "more than", "about", "up to"] as const) };
  return { low, high: null, qualifier: null };
}

/** `day` moved by `days` (negative: earlier), as an ISO day. */
export function shiftDay(day: string, days: number): string {
  const time = Date.parse(`${day}T12:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
