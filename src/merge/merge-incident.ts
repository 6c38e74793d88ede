// Reports of one incident to one event: the most precise report speaks for date and place, the sources vote
// on type and actors, fatalities follow merge-fatalities.ts, and every source stays listed with what it said.
// Disagreements become `disputes` and the confidence grade; analysts' corrections are applied last (and may
// settle a contested perpetrator: apply-corrections.ts).
import type { Confidence, EventSource, MergedSource, ReportClaim, StoredCorrection, MergedEvent } from "../store/store.js";
import type { CodedEvent } from "../types.js";
import { applyCorrections } from "./apply-corrections.js";
import { countIndependentSources } from "./independent-sources.js";
import { isPerpetratorContested, toGrade } from "./grade.js";
import { formatFatalities, mergeFatalities } from "./merge-fatalities.js";

/** A per-document coded event as stored, with the source(s) that gave it. */
export interface Report {
  event: CodedEvent;
  stored_at: string;
  sources: Omit<EventSource, "report_id" | "said">[];
}

export function mergeIncident(reports: readonly Report[], corrections: readonly StoredCorrection[] = []): MergedEvent {
  if (reports.length === 0) throw new Error("mergeIncident: expected at least one report, got none");
  const ids = reports.map((r) => r.event.id).sort();
  const ranked = [...reports].sort(compareReports);
  const events = ranked.map((r) => r.event);
  const lead = events[0];
  const typed = vote(events, (e) => e.sub_event_type);
  const first = vote(events, (e) => e.actor1);
  const second = vote(events, (e) => e.actor2);
  const sources = [...reports].sort((a, b) => (a.event.id < b.event.id ? -1 : 1))
    .flatMap((r) => r.sources.map((s): MergedSource => ({ ...s, report_id: r.event.id, said: toClaim(r.event) })));
  const inter1 = first?.inter1 ?? null;
  const inter2 = second?.inter2 ?? null;
  const merged: CodedEvent = {
    id: ids[0],
    event_type: (typed ?? lead).event_type,
    sub_event_type: (typed ?? lead).sub_event_type,
    kind: lead.kind,
    event_date: lead.event_date,
    time_precision: lead.time_precision,
    actor1: first?.actor1 ?? null,
    assoc_actor_1: union(events.map((e) => e.assoc_actor_1)),
    inter1,
    actor2: second?.actor2 ?? null,
    assoc_actor_2: union(events.map((e) => e.assoc_actor_2)),
    inter2,
    interaction: inter1 === null ? null : inter2 === null ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2),
    civilian_targeting: events.some((e) => e.civilian_targeting),
    location: lead.location,
    fatalities: mergeFatalities(events.map((e) => e.fatalities)),
    attributed_to: [...new Set(sources.flatMap((s) => s.attributed_to))],
    evidence: sources.flatMap((s) => s.evidence),
    rule: lead.rule,
  };
  const confidence = toConfidence(events, sources);
  const base: MergedEvent = {
    ...merged,
    stored_at: reports.map((r) => r.stored_at).sort()[0],
    sources, reports: ids, confidence, disputes: findDisputes(sources), corrections: [],
  };
  return applyCorrections(base, corrections);
}

/** Most precise first: exact day, then the town itself, then a place the gazetteer knows, then most actors named, then id. */
function compareReports(a: Report, b: Report): number {
  const rank = (e: CodedEvent) => [e.event_date ? 0 : 1, e.time_precision ?? 9, e.location?.geo_precision ?? 9,
    e.location?.resolved ? 0 : 1, -[e.actor1, e.actor2].filter(Boolean).length];
  const [ra, rb] = [rank(a.event), rank(b.event)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** The event whose non-null value most reports give; ties go to the more precise report. */
function vote<T>(ranked: readonly CodedEvent[], value: (e: CodedEvent) => T | null): CodedEvent | null {
  const counts = new Map<T, number>();
  for (const e of ranked) {
    const v = value(e);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: CodedEvent | null = null;
  for (const e of ranked) {
    const v = value(e);
    if (v !== null && (best === null || counts.get(v)! > counts.get(value(best)!)!)) best = e;
  }
  return best;
}

function toConfidence(events: readonly CodedEvent[], sources: readonly MergedSource[]): Confidence {
  const perpetrators = [...new Set(events.map((e) => e.actor1).filter((a): a is string => a !== null))].sort();
  const contested = isPerpetratorContested(events[0].event_type, perpetrators, false);
  const documents = new Set(sources.map((s) => s.document_id)).size;
  const independent = countIndependentSources(sources);
  return {
    grade: toGrade(contested, independent),
    sources: documents, independent_sources: independent, perpetrator_contested: contested, perpetrators,
  };
}

const DISPUTED: { label: string; value: (c: ReportClaim) => string | null }[] = [
  { label: "perpetrator", value: (c) => c.actor1 },
  { label: "target", value: (c) => c.actor2 },
  { label: "sub-event type", value: (c) => c.sub_event_type },
  { label: "date", value: (c) => c.event_date },
  { label: "fatalities", value: (c) => (formatFatalities(c.fatalities) === "?" ? null : formatFatalities(c.fatalities)) },
];

/** One line per field the sources disagree on: each value with the sources (and their claimants) that gave it. */
function findDisputes(sources: readonly MergedSource[]): string[] {
  const lines: string[] = [];
  for (const { label, value } of DISPUTED) {
    const byValue = new Map<string, string[]>();
    for (const s of sources) {
      const v = value(s.said);
      if (v !== null) byValue.set(v, [...new Set([...(byValue.get(v) ?? []), sourceName(s)])]);
    }
    if (byValue.size > 1) lines.push(`${label}: ${[...byValue].map(([v, who]) => `${v} (${who.join(", ")})`).join("; ")}`);
  }
  return lines;
}

export function sourceName(s: Pick<EventSource, "publisher" | "title" | "url" | "path" | "document_id" | "attributed_to">): string {
  const name = s.publisher ?? s.title ?? s.url ?? s.path ?? s.document_id.slice(0, 12);
  return s.attributed_to.length > 0 ? `${name}, citing ${s.attributed_to.join(", ")}` : name;
}

function toClaim(e: CodedEvent): ReportClaim {
  return {
    event_type: e.event_type, sub_event_type: e.sub_event_type, event_date: e.event_date, time_precision: e.time_precision,
    actor1: e.actor1, actor2: e.actor2, location: e.location?.name ?? null, fatalities: e.fatalities,
  };
}

function union(lists: readonly string[][]): string[] {
  return [...new Set(lists.flat())];
}
