// The events as a table, sorted by the server (click a heading; again for descending); a row selects its event.
import type { EventSummary } from "./api.js";
import { el } from "./dom.js";
import { typeClass } from "./event-types.js";

// Rows drawn: enough to read and sort; the map, the counts and the exports cover every event of the filter.
const MAX_ROWS = 250;
const COLUMNS: { key: string | null; title: string; cell: (e: EventSummary) => string }[] = [
  { key: "event_date", title: "Date", cell: (e) => e.event_date ?? "—" },
  { key: "event_type", title: "Type", cell: (e) => e.event_type },
  { key: "sub_event_type", title: "Sub-type", cell: (e) => e.sub_event_type },
  { key: "actor1", title: "Actor 1", cell: (e) => e.actor1 ?? "" },
  { key: null, title: "Actor 2", cell: (e) => e.actor2 ?? "" },
  { key: "location", title: "Location", cell: (e) => e.location ? `${e.location.name}${e.location.resolved ? "" : " (not located)"}` : "" },
  { key: "fatalities", title: "Fatalities", cell: (e) => (e.fatalities.low === null ? "" : String(e.fatalities.low)) },
];

export interface EventTable {
  show(events: EventSummary[], total: number, sort: string, selected: string | null): void;
}

export function createEventTable(container: HTMLElement, options: { onSort: (sort: string) => void; onSelect: (id: string) => void }): EventTable {
  return {
    show(events, total, sort, selected) {
      const descending = sort.startsWith("-");
      const sortKey = descending ? sort.slice(1) : sort;
      const head = el("tr", {}, ...COLUMNS.map((c) => {
        if (!c.key) return el("th", {}, c.title);
        const key = c.key;
        const active = key === sortKey;
        const next = active && !descending ? `-${key}` : key;
        return el("th", { attrs: { "aria-sort": active ? (descending ? "descending" : "ascending") : "none" } },
          el("button", { class: "link", attrs: { type: "button", "data-sort": key }, on: { click: () => options.onSort(next) } },
            c.title, active ? (descending ? " ▼" : " ▲") : ""));
      }));
      const rows = events.slice(0, MAX_ROWS).map((event) => el("tr", {
        class: `${typeClass(event.event_type)}${event.id === selected ? " selected" : ""}`,
        attrs: { "data-event": event.id, tabindex: "0" },
        on: { click: () => options.onSelect(event.id), keydown: (k) => k.key === "Enter" && options.onSelect(event.id) },
      }, ...COLUMNS.map((c) => el("td", {}, c.cell(event)))));
      const note = total > rows.length ? `Showing ${rows.length} of ${total} events; narrow the filter or export to see all.` : `${total} event${total === 1 ? "" : "s"}`;
      container.replaceChildren(el("p", { class: "table-note" }, note), el("table", { class: "events" }, el("thead", {}, head), el("tbody", {}, ...rows)));
    },
  };
}
