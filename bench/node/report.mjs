// Per-phase figures: rate over the phase's wall clock, latency percentiles, CPU-seconds per thousand requests.
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarise({ samples, wallSeconds }, extra) {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const perThousand = (s) => (s === undefined ? undefined : (s * 1000) / n);
  return {
    requests: n,
    perSecond: n / wallSeconds,
    meanMs: mean,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    hostCpuSeconds: extra.hostCpuSeconds,
    hostCpuSecondsPer1000: perThousand(extra.hostCpuSeconds),
    clientCpuSecondsPer1000: perThousand(extra.clientCpuSeconds),
    hostRssMiB: extra.hostRssMiB,
    hostPrivateMiB: extra.hostPrivateMiB,
  };
}

export function printTable(title, phases) {
  const f = (x, d = 2) => (x === undefined ? '-' : x.toFixed(d));
  console.log(`\n${title}`);
  console.log('phase        req/s   mean ms  p50 ms  p90 ms  p99 ms  host CPU s/1000  client CPU s/1000  host RSS MiB  private MiB');
  for (const [name, r] of Object.entries(phases)) {
    console.log(
      `${name.padEnd(11)} ${f(r.perSecond, 0).padStart(6)} ${f(r.meanMs, 3).padStart(9)} ${f(r.p50Ms, 3).padStart(7)} ${f(r.p90Ms, 3).padStart(7)} ${f(r.p99Ms, 3).padStart(7)} ${f(r.hostCpuSecondsPer1000, 3).padStart(16)} ${f(r.clientCpuSecondsPer1000, 3).padStart(18)} ${f(r.hostRssMiB, 0).padStart(13)} ${f(r.hostPrivateMiB, 0).padStart(12)}`);
  }
}
