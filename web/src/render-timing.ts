// Performance measures around each render, for the page benchmark (scripts/bench-web/measure-page.ts) and for
// anyone with the browser's Performance panel open: `sitrep:N:fetch` (the API call), `sitrep:N:draw` (map,
// timeline, filters, table; each also on its own as `sitrep:N:map` etc.) and `sitrep:N:total` (start to the first frame after drawing). When render N has
// painted, <body data-rendered="N">.
export interface RenderTiming {
  fetched(): void;
  /** Runs `draw` and records its (synchronous) time as `sitrep:N:NAME`. */
  part<T>(name: string, draw: () => T): T;
  drawn(): Promise<void>;
}

let renders = 0;

export function startRender(): RenderTiming {
  const name = `sitrep:${++renders}`;
  const n = renders;
  const start = performance.now();
  let fetchedAt = start;
  return {
    fetched() {
      fetchedAt = performance.now();
      performance.measure(`${name}:fetch`, { start, end: fetchedAt });
    },
    part(part, draw) {
      const at = performance.now();
      try {
        return draw();
      } finally {
        performance.measure(`${name}:${part}`, { start: at, end: performance.now() });
      }
    },
    drawn() {
      performance.measure(`${name}:draw`, { start: fetchedAt, end: performance.now() });
      // Layout and paint happen after the script returns: the frame after next has them done.
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
        performance.measure(`${name}:total`, { start, end: performance.now() });
        document.body.dataset.rendered = String(n);
        resolve();
      }, 0)));
    },
  };
}
