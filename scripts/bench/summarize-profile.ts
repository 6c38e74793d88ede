// Reads a V8 CPU profile (.cpuprofile): self time per function and per file, and the inclusive time of each
// pipeline stage's entry function, as shares of the profiled time. Used by profile-extract.ts.

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byFile: [name: string, ms: number][];
  byFunction: [name: string, ms: number][];
  /** Inclusive time under each named entry function (a recursive call is counted once). */
  byEntry: [name: string, ms: number][];
}

/** "file:///…/src/stages/04-places/x.ts" -> "src/stages/04-places/x.ts"; V8's own frames keep their names. */
function shortUrl(url: string, root: string): string {
  return url.replace(`file://${root}/`, "").replace(/^.*node_modules\//, "node_modules/");
}

function selfTimes(profile: CpuProfile): Map<number, number> {
  const ms = new Map<number, number>();
  profile.samples.forEach((id, i) => ms.set(id, (ms.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return ms;
}

function sorted(totals: Map<string, number>, top: number): [string, number][] {
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

export function summarizeProfile(profile: CpuProfile, options: { root: string; entries: readonly string[]; top: number }): ProfileSummary {
  const self = selfTimes(profile);
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byEntry = new Map<string, number>(options.entries.map((e) => [e, 0]));
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    totalMs += ms;
    const { functionName, url } = node.callFrame;
    const file = url ? shortUrl(url, options.root) : functionName || "(native)";
    add(byFile, file, ms);
    add(byFunction, `${functionName || "(anonymous)"} ${url ? file : ""}`.trim(), ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
      const name = nodeById.get(id)?.callFrame.functionName ?? "";
      if (byEntry.has(name) && !seen.has(name)) {
        seen.add(name);
        add(byEntry, name, ms);
      }
    }
  }
  return { totalMs, byFile: sorted(byFile, options.top), byFunction: sorted(byFunction, options.top), byEntry: [...byEntry] };
}

export function formatSummary(summary: ProfileSummary): string {
  const row = ([name, ms]: [string, number]) =>
    `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)} %  ${name.length > 110 ? `${name.slice(0, 107)}...` : name}`;
  return [
    `profiled ${summary.totalMs.toFixed(0)} ms`,
    "-- inclusive time per stage entry", ...summary.byEntry.map(row),
    "-- self time per file", ...summary.byFile.map(row),
    "-- self time per function", ...summary.byFunction.map(row),
  ].join("\n");
}
