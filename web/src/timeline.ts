// Events per day as a bar chart in SVG (one path; the day under the pointer is named); drag across it to choose
// since/until, double-click to clear.
// Small enough that a chart library would weigh more than it gives.
import { svgLabel, SVG_NS } from "./dom.js";

const DAY_MS = 86_400_000;
const HEIGHT = 70;
const AXIS = 14;

export interface TimelineView {
  show(days: { date: string; count: number }[], range: { since?: string; until?: string }): void;
}

export function createTimeline(container: HTMLElement, onRange: (since: string | null, until: string | null) => void): TimelineView {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("height", String(HEIGHT + AXIS));
  svg.setAttribute("class", "timeline");
  container.append(svg);
  let scale: { first: number; last: number; width: number } | null = null;

  const dayAt = (x: number): string => {
    if (!scale) return "";
    const fraction = Math.min(1, Math.max(0, x / scale.width));
    return new Date(scale.first + Math.round((fraction * (scale.last - scale.first)) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  };
  const xOf = (date: string) => (scale ? ((Date.parse(date) - scale.first) / Math.max(DAY_MS, scale.last - scale.first)) * scale.width : 0);

  let counts = new Map<string, number>();
  const hover = svgLabel("", 0, 10);
  hover.setAttribute("class", "hover");
  let dragStart: number | null = null;
  const brush = rect("brush", 0, 0, 0, HEIGHT);
  svg.addEventListener("pointerdown", (e) => {
    dragStart = e.offsetX;
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", (e) => {
    const day = dayAt(e.offsetX);
    hover.textContent = day ? `${day}: ${counts.get(day) ?? 0} events` : "";
    hover.setAttribute("x", String(Math.max(0, Math.min(e.offsetX + 6, (scale?.width ?? 0) - 120))));
    if (dragStart === null) return;
    setBox(brush, Math.min(dragStart, e.offsetX), Math.abs(e.offsetX - dragStart));
  });
  svg.addEventListener("pointerup", (e) => {
    if (dragStart === null) return;
    const [a, b] = [dragStart, e.offsetX].sort((x, y) => x - y);
    dragStart = null;
    if (b - a >= 3) onRange(dayAt(a), dayAt(b));
  });
  svg.addEventListener("dblclick", () => onRange(null, null));
  svg.addEventListener("pointerleave", () => (hover.textContent = ""));

  return {
    show(days, range) {
      svg.replaceChildren();
      const width = Math.max(200, (container.clientWidth || 600) - 16);
      svg.setAttribute("width", String(width));
      if (days.length === 0) {
        scale = null;
        svg.append(svgLabel("no dated events", 4, HEIGHT / 2));
        return;
      }
      scale = { first: Date.parse(days[0].date), last: Date.parse(days[days.length - 1].date), width };
      const most = Math.max(...days.map((d) => d.count));
      const barWidth = Math.min(24, Math.max(2, width / Math.max(1, (scale.last - scale.first) / DAY_MS + 1) - 1));
      // Every bar in one path (two years of days would be 730 elements); the day under the pointer is told by `hover`.
      const bars = document.createElementNS(SVG_NS, "path");
      bars.setAttribute("class", "bar");
      bars.setAttribute("d", days.map((day) => {
        const h = Math.max(2, (day.count / most) * (HEIGHT - 4));
        return `M${Math.min(width - barWidth, xOf(day.date)).toFixed(1)},${HEIGHT - h}h${barWidth}v${h}h${-barWidth}z`;
      }).join(""));
      svg.append(bars);
      counts = new Map(days.map((d) => [d.date, d.count]));
      hover.textContent = "";
      svg.append(hover);
      svg.append(svgLabel(days[0].date, 2, HEIGHT + AXIS - 2), svgLabel(days[days.length - 1].date, width - 70, HEIGHT + AXIS - 2));
      const from = range.since ? xOf(range.since) : 0;
      const to = range.until ? xOf(range.until) + barWidth : width;
      setBox(brush, Math.max(0, from), range.since || range.until ? Math.max(2, to - from) : 0);
      svg.append(brush);
    },
  };
}

function rect(className: string, x: number, y: number, w: number, h: number): SVGRectElement {
  const node = document.createElementNS(SVG_NS, "rect");
  node.setAttribute("class", className);
  for (const [k, v] of Object.entries({ x, y, width: w, height: h })) node.setAttribute(k, String(v));
  return node;
}

function setBox(node: SVGRectElement, x: number, width: number): void {
  node.setAttribute("x", String(x));
  node.setAttribute("width", String(width));
}
