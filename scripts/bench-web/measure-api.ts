// One API query under load from autocannon: every response's latency is kept (autocannon's own summary stops at
// p97.5), so p50/p95/p99 are exact over the run. A query is one or more paths, cycled by each connection.
import autocannon from "autocannon";

export interface ApiQuery {
  name: string;
  paths: string[];
}

export interface ApiFigures {
  name: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  bytes: number;
  /** Mean CPU time of the server per request, when the caller measured it. */
  serverCpuMs?: number;
}

export async function measureApi(baseUrl: string, query: ApiQuery, options: { seconds: number; connections: number }): Promise<ApiFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let slowBytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: baseUrl,
      connections: options.connections,
      duration: options.seconds,
      requests: query.paths.map((path) => ({ method: "GET", path })),
      timeout: 120,
    }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors++;
      latencies.push(responseTime);
    });
  });
  errors += result.errors + result.timeouts;
  if (latencies.length === 0) {
    // Slower than the whole run: one request, timed here, so the table still shows how slow.
    const started = performance.now();
    const response = await fetch(`${baseUrl}${query.paths[0]}`);
    slowBytes = (await response.arrayBuffer()).byteLength;
    latencies.push(performance.now() - started);
    if (!response.ok) errors++;
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN;
  return {
    name: query.name, requests: latencies.length, errors, p50: at(50), p95: at(95), p99: at(99),
    perSecond: latencies.length / ((result.finish.getTime() - result.start.getTime()) / 1000),
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : slowBytes,
  };
}
