// One whole article: headline, optional byline and dateline, incident paragraphs mixed with background
// filler and publisher boilerplate, grown until it reaches the target size (about 5 KB by default).
import { BOILERPLATE_LINES, FILLER_PARAGRAPHS, HEADLINE_TEMPLATES } from "./filler.js";
import { createIncident, shiftDay, type Incident } from "./incident.js";
import { capitalize, fill, renderLongDate } from "./phrases.js";
import type { Random } from "./random.js";
import { renderIncident } from "./render-incident.js";
import { OUTLETS, THEATRES } from "./theatres.js";

export interface Article {
  title: string;
  published: string;
  publisher: string;
  text: string;
  incidents: Incident[];
}

export interface ArticleOptions {
  /** Rough size of the article in characters. */
  targetChars: number;
}

const FIRST_DAY = "2031-01-01";

export function createArticle(random: Random, options: ArticleOptions): Article {
  const theatre = random.pick(THEATRES);
  const published = shiftDay(FIRST_DAY, random.int(0, 364));
  const outlet = random.pick(OUTLETS);
  const incidents: Incident[] = [createIncident(random, theatre, published)];
  const title = renderHeadline(random, incidents[0]);
  const lines: string[] = [title];
  if (random.chance(0.4)) lines.push(`By a staff correspondent, ${renderLongDate(published)}`);
  const lead = renderIncident(random, incidents[0], { published, outlet, followUps: random.int(1, 3) });
  const dateline = random.chance(0.5) ? `${incidents[0].town.toUpperCase()}, ${theatre.country} (${outlet}) - ` : "";
  lines.push(dateline + lead.join(" "));
  let size = lines.join("\n\n").length;
  while (size < options.targetChars) {
    const paragraph = nextParagraph(random, () => {
      const incident = createIncident(random, theatre, published);
      incidents.push(incident);
      return renderIncident(random, incident, { published, outlet, followUps: random.int(0, 2) }).join(" ");
    });
    lines.push(paragraph);
    size += paragraph.length + 2;
  }
  lines.push(...random.sample(BOILERPLATE_LINES, random.int(1, 3)));
  return { title, published, publisher: capitalize(outlet.replace(/^the /, "")), text: lines.join("\n\n") + "\n", incidents };
}

function nextParagraph(random: Random, incidentParagraph: () => string): string {
  const roll = random.next();
  if (roll < 0.45) return incidentParagraph();
  if (roll < 0.93) return random.pick(FILLER_PARAGRAPHS);
  return random.pick(BOILERPLATE_LINES);
}

function renderHeadline(random: Random, incident: Incident): string {
  const kind = incident.kind.replace(/-/g, " ");
  return fill(random.pick(HEADLINE_TEMPLATES), {
    kind,
    killed: String(incident.killed?.low ?? random.int(2, 12)),
    place: incident.town,
  });
}
