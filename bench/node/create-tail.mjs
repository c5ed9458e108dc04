#!/usr/bin/env node
// Where the slowest creates come from: one fresh Host, a warm-up, then N timed creates; prints percentiles up to
// p99.9, how much the requests slower than twice the median add to the mean, a latency histogram, and the positions
// of the requests over 10 ms (a spike every K requests points at something counted in writes, such as WAL frames;
// one every T seconds at a timer). Usage and findings: bench/node/README.md, bench/CatoScim.Bench/README.md.
import { HostProcess } from './host-process.mjs';
import { HttpSession } from './http-session.mjs';
import { ScimWorkload } from './scim-workload.mjs';

const [hostDir, count = '6000', ...hostArgs] = process.argv.slice(2);
if (!hostDir) {
  console.error('usage: create-tail.mjs <Host output folder> [creates] [--Section:Key=value ...]');
  process.exit(2);
}

const host = await HostProcess.start(hostDir, hostArgs);
try {
  const workload = await ScimWorkload.provision(new HttpSession(host.url), { url: host.url, apiKey: host.apiKey, account: host.accountId });
  await workload.createUsers('warm', 8000);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await HostProcess.waitIdle(host.pid);
  const cpuBefore = HostProcess.cpuSeconds(host.pid);
  const { samples } = await workload.createUsers('timed', Number(count));
  const cpuMs = ((HostProcess.cpuSeconds(host.pid) - cpuBefore) * 1000) / samples.length;
  // Consumers that defer their work past the last response still owe it: count it until the Host is idle again.
  const caughtUp = await HostProcess.waitIdle(host.pid);
  const cpuCaughtUpMs = ((HostProcess.cpuSeconds(host.pid) - cpuBefore) * 1000) / samples.length;

  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.floor(q * (sorted.length - 1))];
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const p50 = at(0.5);
  const tail = sorted.reduce((sum, x) => (x > 2 * p50 ? sum + x - p50 : sum), 0) / sorted.length;
  const f = (x) => x.toFixed(3);
  console.log(`${hostArgs.join(' ') || 'as configured'}: ${sorted.length} creates, mean ${f(mean)} p10 ${f(at(0.1))} p50 ${f(p50)} `
    + `p90 ${f(at(0.9))} p99 ${f(at(0.99))} p99.9 ${f(at(0.999))} max ${sorted.at(-1).toFixed(1)} ms; `
    + `requests over 2x p50 add ${f(tail)} ms to the mean; Host CPU ${f(cpuMs)} ms per create, `
    + `${f(cpuCaughtUpMs)} with the consumers' catch-up${caughtUp ? '' : ' (not idle within 120 s: includes that wait)'}`);

  const bounds = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 5, 10, 20, 50, Infinity];
  const counts = bounds.map(() => 0);
  for (const x of sorted) counts[bounds.findIndex((b) => x <= b)]++;
  console.log(bounds.map((b, i) => `<=${b}: ${counts[i]}`).join('  '));
  console.log('over 10 ms at request:', Array.from(samples).flatMap((x, i) => (x > 10 ? [`${i} (${x.toFixed(1)})`] : [])).join(' '));
} finally {
  await host.stop();
}
