// One incident to sentences: a lead sentence and a few follow-ups, with words picked by the random source.
// The same incident rendered with another random source reads as another outlet's paraphrase.
import type { Incident } from "./incident.js";
import { MONTHS, fill, renderCount, renderDate } from "./phrases.js";
import type { Random } from "./random.js";
import {
  CLAIM_TEMPLATES, FOLLOW_UP_TEMPLATES, INJURED_TEMPLATES, KILLED_AND_INJURED_TEMPLATES, KILLED_TEMPLATES, LEAD_TEMPLATES,
  NO_TOLL_TEMPLATES,
} from "./templates.js";

export interface RenderOptions {
  published: string;
  /** The outlet whose reporters "were told" things. */
  outlet: string;
  followUps: number;
}

export function renderIncident(random: Random, incident: Incident, options: RenderOptions): string[] {
  const slots = incidentSlots(random, incident, options);
  const lead = fill(random.pick(LEAD_TEMPLATES[incident.kind]), slots);
  const followUps = random.sample(FOLLOW_UP_TEMPLATES, options.followUps).map((t) => fill(t, slots));
  return [lead, ...followUps];
}

function incidentSlots(random: Random, incident: Incident, options: RenderOptions): Record<string, string> {
  const killed = incident.killed ? renderCount(random, incident.killed) : null;
  const injured = incident.injured ? renderCount(random, incident.injured) : null;
  const base = {
    outlet: options.outlet,
    claimant: incident.claimant,
    killed: killed ?? "several",
    injured: injured ?? "several",
  };
  const low = incident.killed?.low ?? random.int(2, 9);
  return {
    ...base,
    actor: incident.actor,
    target: incident.target ?? "civilians",
    place: incident.village ? `${incident.village}, near ${incident.town}` : incident.town,
    when: renderDate(random, incident.date, options.published),
    toll: fill(random.pick(tollTemplates(killed, injured)), base),
    toll_count: String(random.int(2, 30)),
    claim: fill(random.pick(CLAIM_TEMPLATES), base),
    low: String(low),
    high: String(low + random.int(1, 8)),
    month: MONTHS[random.int(0, 11)],
  };
}

function tollTemplates(killed: string | null, injured: string | null): readonly string[] {
  if (killed && injured) return KILLED_AND_INJURED_TEMPLATES;
  if (killed) return KILLED_TEMPLATES;
  if (injured) return INJURED_TEMPLATES;
  return NO_TOLL_TEMPLATES;
}
