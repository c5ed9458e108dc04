#!/usr/bin/env node
// Drives a CatoScim Host from another runtime than the server's (Node.js), one sequential keep-alive client,
// and reports per phase: rate, latency percentiles, and the CPU-seconds the Host and the client burned.
// Usage and method: bench/node/README.md.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HttpSession } from './http-session.mjs';
import { HostProcess } from './host-process.mjs';
import { ScimWorkload } from './scim-workload.mjs';
import { summarise, printTable, median } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: opt } = parseArgs({
  options: {
    'host-dir': { type: 'string' },
    url: { type: 'string' },
    'api-key': { type: 'string' },
    account: { type: 'string' },
    'host-pid': { type: 'string' },
    users: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '8000' },
    burst: { type: 'string', default: '0' },
    'memory-users': { type: 'string', default: '0' },
    'host-arg': { type: 'string', multiple: true, default: [] },
    phases: { type: 'string', default: 'bare,create,lookup' },
    json: { type: 'string' },
  },
});

const users = Number(opt.users);
const rounds = Number(opt.rounds);
const phases = new Set(opt.phases.split(','));
const results = { startedAt: new Date().toISOString(), node: process.version, cpus: os.cpus().length, rounds: [] };

const bare = await startBare();
let host;
let target;
if (opt['host-dir']) {
  host = await HostProcess.start(opt['host-dir'], opt['host-arg']);
  target = { url: host.url, apiKey: host.apiKey, account: host.accountId, pid: host.pid };
} else if (opt.url && opt['api-key'] && opt.account) {
  target = { url: opt.url, apiKey: opt['api-key'], account: opt.account, pid: opt['host-pid'] ? Number(opt['host-pid']) : undefined };
} else {
  console.error('usage: scim-load.mjs --host-dir <Host output folder> | --url U --api-key K --account A [--host-pid P]');
  process.exit(2);
}

try {
  const root = new HttpSession(target.url);
  const workload = await ScimWorkload.provision(root, target);
  const cpu = () => HostProcess.cpuSeconds(target.pid);
  const bareSession = new HttpSession(`http://127.0.0.1:${bare.port}`);

  if (Number(opt.warmup) > 0) {
    console.error(`warm-up: ${opt.warmup} creates and lookups (unmeasured)`);
    await workload.createUsers('warm', Number(opt.warmup));
    await workload.lookupUsers('warm', Number(opt.warmup));
    await bareSession.loop(Number(opt.warmup), () => bareSession.request('GET', '/'));
  }

  for (let r = 1; r <= rounds; r++) {
    const round = { round: r, phases: {} };
    // The Host's CPU is counted until it is idle again, so a phase pays for the consumer work it caused.
    const measure = async (name, n, fn) => {
      await HostProcess.waitIdle(target.pid);
      const before = { host: cpu(), client: process.cpuUsage() };
      const samples = await fn();
      const clientCpu = process.cpuUsage(before.client);
      if (!(await HostProcess.waitIdle(target.pid))) {
        console.error(`warning: the Host was not idle within 120 s after ${name}; its Host CPU includes that wait`);
      }
      round.phases[name] = summarise(samples, {
        hostCpuSeconds: before.host === undefined ? undefined : cpu() - before.host,
        clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
        hostRssMiB: HostProcess.rssMiB(target.pid),
        hostPrivateMiB: HostProcess.privateMiB(target.pid),
      });
    };
    const body = workload.userBody('bare', 0);
    if (phases.has('bare')) {
      await measure('bare.get', users, () => bareSession.loop(users, () => bareSession.request('GET', '/Users?filter=userName%20eq%20%22x%22')));
      await measure('bare.post', users, () => bareSession.loop(users, () => bareSession.request('POST', '/Users', body)));
    }
    if (phases.has('create')) {
      await measure('create', users, () => workload.createUsers(`r${r}`, users));
    }
    if (phases.has('lookup')) {
      // Without a create phase in the run, the lookups visit the warm-up's users.
      const prefix = phases.has('create') ? `r${r}` : 'warm';
      await measure('lookup', users, () => workload.lookupUsers(prefix, Math.min(users, workload.ids.get(prefix)?.length ?? users)));
    }
    results.rounds.push(round);
    printTable(`round ${r}`, round.phases);
  }

  results.median = medianOfRounds(results.rounds);
  printTable(`median of ${rounds} rounds`, results.median);
  const m = results.median;
  if (m['bare.get'] && m.lookup && m.create) {
    results.ratios = {
      lookupToCeiling: m.lookup.perSecond / m['bare.get'].perSecond,
      createToCeiling: m.create.perSecond / m['bare.post'].perSecond,
      serverMsPerLookup: m.lookup.meanMs - m['bare.get'].meanMs,
      serverMsPerCreate: m.create.meanMs - m['bare.post'].meanMs,
    };
    console.log(`lookups ${fmt(results.ratios.lookupToCeiling)} of the ceiling (target 0.76), server ${fmt(results.ratios.serverMsPerLookup)} ms each`);
    console.log(`creates ${fmt(results.ratios.createToCeiling)} of the ceiling (target 0.52), server ${fmt(results.ratios.serverMsPerCreate)} ms each`);
  }

  if (Number(opt.burst) > 0) {
    results.burst = await workload.burst(Number(opt.burst), () => HostProcess.waitIdle(target.pid));
    console.log(`group push: quiet median ${fmt(results.burst.quietMedianMs)} ms, after ${opt.burst} creates ${fmt(results.burst.afterImportMedianMs)} ms (x${fmt(results.burst.ratio)}, target <= 1.5)`);
  }

  if (Number(opt['memory-users']) > 0) {
    const n = Number(opt['memory-users']);
    console.error(`memory: provisioning and looking up ${n} users`);
    await workload.createUsers('mem', n);
    await workload.lookupUsers('mem', n);
    await HostProcess.waitIdle(target.pid);
    const atIdle = { hostRssMiB: HostProcess.rssMiB(target.pid), hostPrivateMiB: HostProcess.privateMiB(target.pid) };
    // The Host gives memory back a few quiet seconds after work (Memory:IdleReleaseSeconds, docs/operations.md).
    await new Promise((r) => setTimeout(r, 10_000));
    results.memory = { users: n, atIdle, hostRssMiB: HostProcess.rssMiB(target.pid), hostPrivateMiB: HostProcess.privateMiB(target.pid) };
    // The file pages go once the JIT has been quiet for a few seconds too, which can be later than the heap.
    await new Promise((r) => setTimeout(r, 20_000));
    results.memory.after30s = { hostRssMiB: HostProcess.rssMiB(target.pid), hostPrivateMiB: HostProcess.privateMiB(target.pid) };
    console.log(`resident after ${n} users provisioned and looked up: ${fmt(results.memory.hostRssMiB)} MiB (target < 150), `
      + `of which private (RssAnon + RssShmem) ${fmt(results.memory.hostPrivateMiB)} MiB; `
      + `when the work ended ${fmt(atIdle.hostRssMiB)} / ${fmt(atIdle.hostPrivateMiB)} MiB; `
      + `30 s after it was idle ${fmt(results.memory.after30s.hostRssMiB)} / ${fmt(results.memory.after30s.hostPrivateMiB)} MiB`);
  }
} finally {
  bare.child.kill();
  await host?.stop();
}

if (opt.json) {
  fs.writeFileSync(opt.json, JSON.stringify(results, null, 2));
}

function fmt(x) {
  return x === undefined ? '-' : x.toFixed(x >= 100 ? 0 : 2);
}

function medianOfRounds(all) {
  const out = {};
  for (const name of Object.keys(all[0].phases)) {
    const rows = all.map((r) => r.phases[name]);
    out[name] = {};
    for (const key of Object.keys(rows[0])) {
      const values = rows.map((row) => row[key]).filter((v) => v !== undefined);
      out[name][key] = values.length ? median(values) : undefined;
    }
  }
  return out;
}

async function startBare() {
  const child = fork(path.join(here, 'bare-server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return { child, port };
}

