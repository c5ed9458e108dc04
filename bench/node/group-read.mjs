#!/usr/bin/env node
// What reading a big group costs: one fresh Host, N users pushed into one group (PATCHes of 100, as Okta does), then
// R full GETs of that group with its members (over Scim:MaxMembersRendered, so it is the spooled path). Prints the
// median and p90 latency, the body size and the Host's CPU per read. Usage: bench/node/README.md.
import { HostProcess } from './host-process.mjs';
import { HttpSession } from './http-session.mjs';
import { ScimWorkload } from './scim-workload.mjs';

const [hostDir, members = '20000', reads = '30', ...hostArgs] = process.argv.slice(2);
if (!hostDir) {
  console.error('usage: group-read.mjs <Host output folder> [members] [reads] [--Section:Key=value ...]');
  process.exit(2);
}

const host = await HostProcess.start(hostDir, hostArgs);
try {
  const workload = await ScimWorkload.provision(new HttpSession(host.url), { url: host.url, apiKey: host.apiKey, account: host.accountId });
  await workload.createUsers('member', Number(members));
  const { groupId } = await workload.pushGroup(`big-${Date.now()}`, workload.ids.get('member'));
  await HostProcess.waitIdle(host.pid);

  let bytes = 0;
  const read = async () => {
    const res = await workload.scim.request('GET', `/Groups/${groupId}`);
    if (res.status !== 200) throw new Error(`GET /Groups/{id} answered ${res.status}: ${res.body.slice(0, 300)}`);
    bytes = Buffer.byteLength(res.body);
  };
  await workload.scim.loop(5, read);
  await HostProcess.waitIdle(host.pid);
  const cpuBefore = HostProcess.cpuSeconds(host.pid);
  const { samples } = await workload.scim.loop(Number(reads), read);
  const cpuMs = ((HostProcess.cpuSeconds(host.pid) - cpuBefore) * 1000) / samples.length;

  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.floor(q * (sorted.length - 1))];
  const f = (x) => x.toFixed(1);
  console.log(`${hostArgs.join(' ') || 'as configured'}: ${members} members, ${(bytes / 1048576).toFixed(2)} MiB per body, `
    + `${sorted.length} reads: p50 ${f(at(0.5))} p90 ${f(at(0.9))} max ${f(sorted.at(-1))} ms; Host CPU ${f(cpuMs)} ms per read`);
} finally {
  await host.stop();
}
