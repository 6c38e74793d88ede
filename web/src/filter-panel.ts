// The filter form: type and sub-type with counts from the API's facets, text and date fields, and the
// commonest actors and places as one-click filters. Changes go to `onChange` as a whole new filter.
import type { EventPage } from "./api.js";
import { el } from "./dom.js";
import { EVENT_TYPES } from "./event-types.js";
import type { FilterKey, ViewState } from "./view-state.js";

type Filter = ViewState["filter"];

export interface FilterPanel {
  show(filter: Filter, page: EventPage): void;
}

const TEXT_FIELDS: [FilterKey, string, string][] = [
  ["q", "Text", "words in the source sentence"], ["actor", "Actor", "e.g. Military Forces"], ["place", "Place", "e.g. Aleppo"],
];

export function createFilterPanel(container: HTMLElement, onChange: (filter: Filter) => void): FilterPanel {
  let current: Filter = {};
  const set = (key: FilterKey, value: string) => onChange(withValue({ ...current, ...(key === "type" ? { sub_type: "" } : {}) }, key, value));

  return {
    show(filter, page) {
      current = filter;
      const typeCounts = page.facets.event_type ?? {};
      const subCounts = page.facets.sub_event_type ?? {};
      const subTypes = filter.type ? EVENT_TYPES[filter.type] ?? [] : Object.values(EVENT_TYPES).flat();
      container.replaceChildren(
        el("h2", {}, "Filter"),
        field("Event type", select("type", filter.type, Object.keys(EVENT_TYPES), filter.type ? {} : typeCounts, set)),
        field("Sub-type", select("sub_type", filter.sub_type, subTypes, subCounts, set)),
        ...TEXT_FIELDS.map(([key, name, hint]) => field(name, textInput(key, filter[key], hint, set))),
        field("From", dateInput("since", filter.since, set)),
        field("To", dateInput("until", filter.until, set)),
        el("button", { attrs: { type: "button", id: "clear-filters" }, on: { click: () => onChange({}) } }, "Clear all filters"),
        ...[facetList("Actors", "actor", page.facets.actor1 ?? {}, set), facetList("Places", "place", page.facets.location ?? {}, set)]
          .filter((node): node is HTMLElement => node !== null),
      );
    },
  };
}

function withValue(filter: Filter, key: FilterKey, value: string): Filter {
  const next = { ...filter, [key]: value.trim() };
  return Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Filter;
}

function field(name: string, input: HTMLElement): HTMLElement {
  return el("label", { class: "field" }, el("span", {}, name), input);
}

function select(key: FilterKey, value: string | undefined, choices: string[], counts: Record<string, number>, set: (k: FilterKey, v: string) => void) {
  const options = [el("option", { attrs: { value: "" } }, "any"),
    ...choices.map((c) => el("option", { attrs: { value: c } }, counts[c] !== undefined ? `${c} (${counts[c]})` : c))];
  const node = el("select", { attrs: { name: key }, on: { change: () => set(key, node.value) } }, ...options);
  node.value = value ?? "";
  return node;
}

function textInput(key: FilterKey, value: string | undefined, hint: string, set: (k: FilterKey, v: string) => void) {
  const node = el("input", { attrs: { name: key, type: "search", placeholder: hint }, on: { change: () => set(key, node.value) } });
  node.value = value ?? "";
  return node;
}

function dateInput(key: FilterKey, value: string | undefined, set: (k: FilterKey, v: string) => void) {
  const node = el("input", { attrs: { name: key, type: "date" }, on: { change: () => set(key, node.value) } });
  node.value = value ?? "";
  return node;
}

function facetList(title: string, key: FilterKey, counts: Record<string, number>, set: (k: FilterKey, v: string) => void) {
  const items = Object.entries(counts).slice(0, 8).map(([value, n]) =>
    el("li", {}, el("button", { class: "link", attrs: { type: "button" }, on: { click: () => set(key, value) } }, value), ` ${n}`));
  return items.length ? el("section", { class: "facet" }, el("h3", {}, title), el("ul", {}, ...items)) : null;
}
