// The figures panel, shown while no event is selected: figures as series (GET /api/figures), one measure at one
// place across documents, each series a small chart of value by date with every point's source and claimant,
// and where same-month points differ the disagreement is marked and spelt out. The place filter narrows it.
import { fetchFigures, type FigureSeries } from "./api.js";
import { el, svgLabel, SVG_NS } from "./dom.js";

const MEASURES = ["besieged", "displaced", "killed", "injured", "refugees", "detained", "missing", "strikes"];
const MAX_SERIES = 12;
const WIDTH = 360;
const HEIGHT = 90;
const PAD = 6;

export async function showFigures(container: HTMLElement, options: { place?: string; measure: string; onMeasure: (measure: string) => void }): Promise<void> {
  const select = el("select", { attrs: { name: "measure", "aria-label": "Measure" }, on: { change: () => options.onMeasure(select.value) } },
    el("option", { attrs: { value: "" } }, "every measure"), ...MEASURES.map((m) => el("option", { attrs: { value: m } }, m)));
  select.value = options.measure;
  const params = new URLSearchParams(Object.entries({ measure: options.measure, place: options.place ?? "" }).filter(([, v]) => v)).toString();
  const csv = el("a", { attrs: { href: `/api/figures.csv${params ? `?${params}` : ""}`, download: "sitrep-figures.csv", id: "export-figures" } }, "CSV");
  const heading = el("div", { class: "figures-head" }, el("h2", {}, "Figures"), select, csv);
  container.replaceChildren(heading, el("p", { class: "hint" }, "Loading figures…"));
  let series: FigureSeries[];
  try {
    series = await fetchFigures({ measure: options.measure, place: options.place ?? "" });
  } catch (error) {
    container.replaceChildren(heading, el("p", { class: "error" }, (error as Error).message));
    return;
  }
  const note = series.length === 0
    ? "No figure series for this filter. Choose an event on the map or in the table to see the sentences it came from."
    : `${series.length} series${options.place ? ` at places matching '${options.place}'` : ""}; choose an event on the map or in the table to see its sources.`;
  container.replaceChildren(heading, el("p", { class: "hint" }, note), ...series.slice(0, MAX_SERIES).map(seriesView));
}

function seriesView(series: FigureSeries): HTMLElement {
  return el("section", { class: `figure-series${series.disagreement ? " disagreement" : ""}`, attrs: { "data-series": `${series.measure}:${series.place}` } },
    el("h3", {}, `${series.measure} at ${series.place}`, series.disagreement ? el("span", { class: "flag" }, " sources disagree") : null),
    chart(series),
    el("ul", { class: "figure-points" }, ...series.points.map((p) => el("li", {},
      el("strong", {}, `${p.qualifier ? `${p.qualifier} ` : ""}${p.value.toLocaleString("en-US")}`),
      ` ${p.date ?? "date unknown"}${p.date_from === "published" ? " (published)" : ""} · ${p.source}${p.claimant ? `, citing ${p.claimant}` : ""}`,
      el("q", {}, p.evidence)))),
    ...series.contradictions.map((c) => el("p", { class: "contradiction" }, c)));
}

/** Value by date: one dot per point (its source in a tooltip), joined in date order; undated points are left out. */
function chart(series: FigureSeries): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", "figure-chart");
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  const dated = series.points.filter((p) => p.date !== null);
  if (dated.length === 0) return svg;
  const times = dated.map((p) => Date.parse(p.date as string));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const most = Math.max(...dated.map((p) => p.value));
  const top = most * 1.1 || 1;
  const x = (t: number) => PAD + (last === first ? (WIDTH - 2 * PAD) / 2 : ((t - first) / (last - first)) * (WIDTH - 2 * PAD));
  const y = (v: number) => HEIGHT - PAD - (v / top) * (HEIGHT - 2 * PAD);
  svg.append(svgLabel(most.toLocaleString("en-US"), PAD, 10), svgLabel(dated[0].date as string, PAD, HEIGHT - 1),
    svgLabel(dated[dated.length - 1].date as string, WIDTH - 62, HEIGHT - 1));
  const line = document.createElementNS(SVG_NS, "polyline");
  line.setAttribute("points", dated.map((p, i) => `${x(times[i])},${y(p.value)}`).join(" "));
  svg.append(line);
  dated.forEach((p, i) => {
    const dot = document.createElementNS(SVG_NS, "circle");
    for (const [k, v] of Object.entries({ cx: x(times[i]), cy: y(p.value), r: 4 })) dot.setAttribute(k, String(v));
    const title = document.createElementNS(SVG_NS, "title");
    title.textContent = `${p.date}: ${p.value.toLocaleString("en-US")} (${p.source}${p.claimant ? `, citing ${p.claimant}` : ""})`;
    dot.append(title);
    svg.append(dot);
  });
  return svg;
}
