// One autocannon run against one route, with exact latency percentiles. autocannon's own summary
// reports p50/p90/p97.5/p99 from a histogram but no p95, so every response time is kept here and
// the percentiles are read from the sorted list.
import autocannon, { type Request } from 'autocannon';

export interface LoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  request: Request;
}

export interface LoadResult {
  /** Responses received, whatever their status. */
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Connection errors and timeouts: requests that got no response at all. */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** The first failure seen (an error message, or a non-2xx status and body), to say what went wrong. */
  firstFailure: string | null;
}

/** Nearest-rank percentile of an ascending list: the smallest value with p % of the values at or below it. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  let firstFailure: string | null = null;
  const { onResponse } = spec.request;
  const request: Request = {
    ...spec.request,
    onResponse(status, body, context) {
      if ((status < 200 || status >= 300) && firstFailure === null) firstFailure = `HTTP ${status}: ${body.slice(0, 300)}`;
      onResponse?.(status, body, context);
    },
  };

  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    requests: [request],
  });
  // responseTime is measured by autocannon from writing the request to the end of the response, in ms.
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  instance.on('reqError', (error) => {
    firstFailure ??= `request error: ${error.message}`;
  });
  const result = await instance;

  const sorted = Float64Array.from(latencies).sort();
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  return {
    requests: sorted.length,
    seconds: result.duration,
    perSecond: sorted.length / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    firstFailure,
  };
}
