// The selected event: what, when, where, who, and for each source its document text with the event's
// sentences highlighted. Text is only ever set as text nodes: an article's markup shows as characters.
import { fetchDocument, fetchEvent, type DocumentText, type SitrepEvent, type Span } from "./api.js";
import { el } from "./dom.js";
import { typeClass } from "./event-types.js";

export async function showEvent(container: HTMLElement, id: string, onClose: () => void): Promise<void> {
  container.replaceChildren(el("p", { class: "hint" }, "Loading the event…"));
  let event: SitrepEvent;
  let documents: DocumentText[];
  try {
    event = await fetchEvent(id);
    documents = await Promise.all(event.sources.map((s) => fetchDocument(s.document_id)));
  } catch (error) {
    container.replaceChildren(el("p", { class: "error" }, (error as Error).message));
    return;
  }
  const loc = event.location;
  const facts: [string, string][] = [
    ["Date", `${event.event_date ?? "unknown"}${event.time_precision && event.time_precision > 1 ? ` (precision ${event.time_precision})` : ""}`],
    ["Where", loc ? `${loc.name}${loc.admin1 ? `, ${loc.admin1}` : ""}${loc.country ? `, ${loc.country}` : ""}${loc.resolved ? "" : " (not found in the gazetteer)"}` : "unknown"],
    ["Actor 1", [event.actor1, ...event.assoc_actor_1].filter(Boolean).join("; ") || "unknown"],
    ["Actor 2", [event.actor2, ...event.assoc_actor_2].filter(Boolean).join("; ") || "—"],
    ["Fatalities", fatalities(event.fatalities)],
    ["Claimed by", event.attributed_to.join(", ") || "—"],
  ];
  container.replaceChildren(
    el("button", { class: "close", attrs: { type: "button", "aria-label": "Close" }, on: { click: onClose } }, "×"),
    el("h2", { class: typeClass(event.event_type) }, event.sub_event_type),
    el("p", { class: "event-type" }, event.event_type),
    el("dl", {}, ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    el("h3", {}, `${event.sources.length} source${event.sources.length === 1 ? "" : "s"}`),
    ...event.sources.map((source, i) => sourceView(source.publisher ?? source.title ?? source.url ?? source.path ?? source.document_id, documents[i], event.id, source.evidence)),
  );
  container.querySelector("mark.this-event")?.scrollIntoView({ block: "center" });
}

function fatalities(f: SitrepEvent["fatalities"]): string {
  if (f.low === null) return "not reported";
  return f.high !== null && f.high !== f.low ? `${f.low}–${f.high} (best ${f.best ?? f.low})` : String(f.low);
}

function sourceView(name: string, doc: DocumentText, eventId: string, evidence: Span[]): HTMLElement {
  const others = doc.events.filter((e) => e.id !== eventId).flatMap((e) => e.evidence);
  return el("article", { class: "source" },
    el("h4", {}, name, doc.published ? ` · ${doc.published}` : "", doc.title ? ` · ${doc.title}` : ""),
    el("blockquote", { class: "evidence" }, ...evidence.map((s) => el("p", {}, s.text))),
    el("div", { class: "document-text", attrs: { tabindex: "0" } }, ...highlight(doc.text, evidence, others)));
}

/** The text split at the spans: this event's sentences marked strongly, the document's other events lightly. */
function highlight(text: string, mine: Span[], others: Span[]): Node[] {
  const marks = [...mine.map((s) => ({ ...s, cls: "this-event" })), ...others.map((s) => ({ ...s, cls: "other-event" }))]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || (a.cls === "this-event" ? -1 : 1));
  const nodes: Node[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, mark.start)), el("mark", { class: mark.cls }, text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
