// A multi-source corpus: N incidents, each reported by k outlets (2-4) on different days after it, in their
// own words, with their own counts (one outlet may say 12 where another says 15) and relative dates ("on
// Tuesday", "yesterday"). Half the incidents have a distractor: another incident on the same day in the same
// town, told in some of the same articles. Every incident paragraph is recorded with its gold incident, so a
// coded event maps back to the incident its evidence came from.
import { FILLER_PARAGRAPHS } from "./filler.js";
import { createIncident, shiftDay, type Incident, type IncidentKind } from "./incident.js";
import { capitalize } from "./phrases.js";
import { createRandom, type Random } from "./random.js";
import { renderIncident } from "./render-incident.js";
import { OUTLETS, THEATRES } from "./theatres.js";

export interface SourcedArticle {
  path: string;
  title: string;
  publisher: string;
  published: string;
  text: string;
  /** Each incident paragraph and the gold incident it tells. */
  paragraphs: { gold: string; kind: IncidentKind; text: string }[];
}

export interface MultiSourceOptions {
  incidents: number;
  seed?: number;
  /** Share of incidents with a same-day, same-town distractor. Default 0.5. */
  distractors?: number;
}

const FIRST_DAY = "2031-01-01";

export function generateMultiSourceCorpus(options: MultiSourceOptions): SourcedArticle[] {
  const random = createRandom(options.seed ?? 7);
  const articles: SourcedArticle[] = [];
  for (let i = 0; i < options.incidents; i++) {
    const theatre = random.pick(THEATRES);
    const day = shiftDay(FIRST_DAY, random.int(0, 364));
    const incident = { ...createIncident(random, theatre, day), date: day };
    const distractor = random.chance(options.distractors ?? 0.5) ? createDistractor(random, theatre, incident) : null;
    const outlets = random.sample(OUTLETS, random.int(2, 4));
    outlets.forEach((outlet, j) => {
      const published = shiftDay(day, random.int(0, 2));
      const told = withOwnCounts(random, incident);
      const paragraphs = [{ gold: `i${i}`, kind: incident.kind, text: renderIncident(random, told, { published, outlet, followUps: random.int(0, 2) }).join(" ") }];
      if (distractor && (j === 0 || random.chance(0.4))) {
        paragraphs.push({ gold: `i${i}d`, kind: distractor.kind, text: renderIncident(random, distractor, { published, outlet, followUps: 0 }).join(" ") });
      }
      const filler = random.sample(FILLER_PARAGRAPHS, random.int(1, 3));
      const title = `${capitalize(incident.kind.replace(/-/g, " "))} reported in ${incident.town}`;
      const text = [title, ...paragraphs.map((p) => p.text), ...filler].join("\n\n") + "\n";
      articles.push({ path: `incident-${i}-${j}.txt`, title, publisher: capitalize(outlet.replace(/^the /, "")), published, text, paragraphs });
    });
  }
  return articles;
}

/** The ACLED sub-event types a correct coding of each kind can have. */
export const SUB_EVENTS_OF_KIND: Record<IncidentKind, readonly string[]> = {
  "air-strike": ["Air/drone strike"],
  "shelling": ["Shelling/artillery/missile attack"],
  "clash": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "capture": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "ied": ["Remote explosive/landmine/IED"],
  "suicide-bomb": ["Suicide bomb"],
  "protest": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "abduction": ["Abduction/forced disappearance"],
  "arrest": ["Arrests"],
};

/** Kinds that ACLED codes as one event when they happen at one place on one day (fighting, then the capture). */
const ONE_EVENT_FOR_ACLED: readonly IncidentKind[][] = [["clash", "capture"]];

/** Another incident on the same day in the same town, of a kind ACLED would code as a separate event. */
function createDistractor(random: Random, theatre: (typeof THEATRES)[number], incident: Incident): Incident {
  const separate = (kind: IncidentKind) => kind !== incident.kind && !ONE_EVENT_FOR_ACLED.some((g) => g.includes(kind) && g.includes(incident.kind));
  let other = createIncident(random, theatre, incident.date);
  for (let tries = 0; !separate(other.kind) && tries < 20; tries++) other = createIncident(random, theatre, incident.date);
  const kind = separate(other.kind) ? other.kind : incident.kind === "protest" ? "arrest" : "protest";
  return { ...other, kind, town: incident.town, village: null, date: incident.date };
}

/** The same incident as one outlet tells it: a death toll up to a few higher or lower, sometimes. */
function withOwnCounts(random: Random, incident: Incident): Incident {
  if (!incident.killed || !random.chance(0.5)) return incident;
  const low = Math.max(1, incident.killed.low + random.int(-2, 4));
  return { ...incident, killed: { ...incident.killed, low, high: incident.killed.high === null ? null : Math.max(low + 1, incident.killed.high) } };
}
