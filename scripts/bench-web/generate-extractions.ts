// Extraction records for the web benchmark, made directly (no pipeline): `count` events, five to a document,
// over two years, every ACLED event type, at real and invented places in four countries. Deterministic for a seed.
import { createHash } from "node:crypto";
import { EVENT_TYPES, type CodedEvent, type EventType, type Extraction, type SubEventType } from "../../src/types.js";
import { createRandom, type Random } from "../corpus/random.js";

interface Place { name: string; latitude: number; longitude: number; admin1: string; country: string; iso: number }
interface Country { country: string; iso: number; admin1: string[]; places: [string, number, number][]; actors: string[] }

// Real towns with their coordinates, and invented ones (Arventa's) placed inside the same countries.
const COUNTRIES: Country[] = [
  { country: "Syria", iso: 760, admin1: ["Aleppo", "Idlib", "Homs", "Deir ez-Zor"], actors: ["Military Forces of Syria (2000-)", "Hayat Tahrir al-Sham",
    "Islamic State (Syria)", "Civilians (Syria)", "Protesters (Syria)"],
    places: [["Aleppo", 36.2021, 37.1343], ["Idlib", 35.9306, 36.6339], ["Homs", 34.7324, 36.7137], ["Raqqa", 35.9528, 39.0079],
      ["Deir ez-Zor", 35.3359, 40.1408], ["Saraqib", 35.8646, 36.8006], ["Vell Amar", 35.41, 38.2], ["Tosk Harin", 36.02, 37.55]] },
  { country: "Yemen", iso: 887, admin1: ["Taizz", "Marib", "Al Hudaydah", "Amanat al Asimah"], actors: ["Military Forces of Yemen (2016-)",
    "Ansar Allah", "Southern Transitional Council", "Civilians (Yemen)", "Protesters (Yemen)"],
    places: [["Taiz", 13.5795, 44.0209], ["Marib", 15.4591, 45.3253], ["Hodeidah", 14.7978, 42.9545], ["Sanaa", 15.3694, 44.191],
      ["Aden", 12.7855, 45.0187], ["Qarn Oleth", 14.1, 46.3], ["Bayt Serin", 15.9, 43.7]] },
  { country: "Ukraine", iso: 804, admin1: ["Kharkiv", "Donetsk", "Zaporizhzhia", "Kherson"], actors: ["Military Forces of Ukraine (2019-)",
    "Military Forces of Russia (2000-)", "Wagner Group", "Civilians (Ukraine)", "Protesters (Ukraine)"],
    places: [["Kharkiv", 49.9935, 36.2304], ["Bakhmut", 48.5947, 37.9999], ["Kherson", 46.6354, 32.6169], ["Zaporizhzhia", 47.8388, 35.1396],
      ["Avdiivka", 48.1394, 37.7497], ["Orlen Dar", 48.9, 34.4], ["Miravka", 47.3, 36.9]] },
  { country: "Arventa", iso: 999, admin1: ["North March", "Saltcoast"], actors: ["Military Forces of Arventa (2011-)", "Free Arventa Front",
    "Saltcoast Militia", "Civilians (Arventa)", "Protesters (Arventa)"],
    places: [["Kessaro", 4.12, 21.4], ["Vil Tamra", 4.6, 22.05], ["Orbe", 3.7, 20.9], ["Duna Pell", 5.02, 21.77]] },
];

export const FIRST_DAY = "2022-01-01";
const DAYS = 730;
const EVENTS_PER_DOCUMENT = 5;

/** The events' documents, `count` events in all, in order; each with its cleaned text. */
export function* generateExtractions(count: number, options: { seed: number }): Generator<{ extraction: Extraction; text: string }> {
  const random = createRandom(options.seed);
  for (let made = 0, doc = 0; made < count; doc++) {
    const n = Math.min(EVENTS_PER_DOCUMENT, count - made);
    const drafts = Array.from({ length: n }, () => draftEvent(random));
    const sentences = drafts.map((d) => d.sentence);
    const text = `Report ${doc}. ${sentences.join(" ")}`;
    const id = createHash("sha256").update(text).digest("hex");
    let at = text.indexOf(sentences[0]);
    const events = drafts.map((d, i): CodedEvent => {
      const start = text.indexOf(d.sentence, at);
      at = start + d.sentence.length;
      return { ...d.event, id: `${id.slice(0, 12)}-${i}`, evidence: [{ start, end: at, text: d.sentence }] };
    });
    const extraction: Extraction = {
      document: { id, path: null, url: `https://news.example/report/${doc}`, title: `Report ${doc}`, publisher: random.pick(PUBLISHERS),
        published: events[0].event_date, published_from: "given", language: "en" },
      places: [], actors: [], figures: [], events, problems: [],
    };
    made += n;
    yield { extraction, text };
  }
}

const PUBLISHERS = ["The Daily Ledger", "Frontline Wire", "Coast Courier", "Monitor Weekly"];

function draftEvent(random: Random): { sentence: string; event: Omit<CodedEvent, "id" | "evidence"> } {
  const c = random.pick(COUNTRIES);
  const place = placeIn(c, random);
  const eventType = random.pick(Object.keys(EVENT_TYPES) as EventType[]);
  const subType = random.pick(EVENT_TYPES[eventType] as readonly SubEventType[]);
  const [actor1, actor2] = random.sample(c.actors, 2);
  const killed = eventType === "Protests" ? 0 : random.int(0, 30);
  const date = new Date(Date.parse(FIRST_DAY) + random.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const sentence = `On ${date} ${actor1} and ${actor2} were involved in ${subType.toLowerCase()} in ${place.name}, ${killed} killed.`;
  return {
    sentence,
    event: {
      event_type: eventType, sub_event_type: subType, kind: "event", event_date: date, time_precision: 1,
      actor1, assoc_actor_1: [], inter1: 1, actor2, assoc_actor_2: [], inter2: 2, interaction: 12, civilian_targeting: actor2.startsWith("Civilians"),
      location: { ...place, geo_precision: 1, resolved: true },
      fatalities: { low: killed, best: killed, high: killed }, attributed_to: [], rule: "bench-web",
    },
  };
}

/** A listed place, or (one time in three) a village within ~20 km of one: many distinct points, as real data has. */
function placeIn(c: Country, random: Random): Place {
  const [name, latitude, longitude] = random.pick(c.places);
  const base = { name, latitude, longitude, admin1: random.pick(c.admin1), country: c.country, iso: c.iso };
  if (!random.chance(1 / 3)) return base;
  const village = random.int(1, 200);
  return { ...base, name: `${name} village ${village}`, latitude: latitude + (village % 20 - 10) * 0.02, longitude: longitude + (Math.floor(village / 20) - 5) * 0.02 };
}
