#!/usr/bin/env node
// The floor of a SCIM create on this stack and this machine, beside the Host, in one run: the same sequential client
// POSTs the same Okta body to the bare Node.js server (the client's own cost), to CatoScim.FloorProbe (ASP.NET Core with
// one prepared INSERT per request, committed with and without fsync) and, given --host-dir, to the Host. Server time =
// a target's mean minus the bare server's; the probe also reports the median of its own COMMITs (the fsync).
// Usage and findings: bench/node/README.md, bench/CatoScim.Bench/README.md (session 15).
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HostProcess } from './host-process.mjs';
import { HttpSession } from './http-session.mjs';
import { median } from './report.mjs';
import { ScimWorkload } from './scim-workload.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: opt } = parseArgs({
  options: {
    'probe-dir': { type: 'string' },
    'host-dir': { type: 'string' },
    users: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '6000' },
    'host-arg': { type: 'string', multiple: true, default: [] },
    'variant-arg': { type: 'string', multiple: true, default: [] },
    'variant-dir': { type: 'string' },
    inline: { type: 'boolean', default: false },
  },
});
if (!opt['probe-dir']) {
  console.error('usage: floor-probe.mjs --probe-dir <FloorProbe output> [--host-dir <Host output> [--host-arg=--Section:Key=value ...] [--variant-arg=--Section:Key=value ...] [--variant-dir <another Host output>]] [--users N] [--rounds R] [--warmup W] [--inline]');
  process.exit(2);
}

const users = Number(opt.users);
const bodies = new ScimWorkload(null);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'catoscim-floor-'));
const children = [];
try {
  const targets = [{ name: 'bare', session: new HttpSession(`http://127.0.0.1:${await startBare(children)}`) }];
  for (const sync of ['FULL', 'NORMAL']) {
    const port = await startProbe(children, sync);
    targets.push({ name: `probe ${sync}`, session: new HttpSession(`http://127.0.0.1:${port}`), stats: true });
  }
  if (opt['host-dir']) {
    targets.push(await startHost(children, 'Host', opt['host-arg']));
    // A second Host with more arguments, measured in the same rounds: an A/B that this machine's slow and fast
    // minutes cannot tilt, as they can between two runs.
    // --variant-dir: the same for two builds.
    if (opt['variant-arg'].length || opt['variant-dir']) {
      const name = ['Host', opt['variant-dir'] && path.basename(path.resolve(opt['variant-dir'])), ...opt['variant-arg']].filter(Boolean).join(' ');
      targets.push(await startHost(children, name, [...opt['host-arg'], ...opt['variant-arg']], opt['variant-dir'] ?? opt['host-dir']));
    }
  }

  for (const t of targets) {
    await post(t, 'warm', Number(opt.warmup));
    await stats(t);
  }
  const rounds = [];
  for (let r = 0; r < Number(opt.rounds); r++) {
    const row = {};
    for (const t of targets) {
      // Every Host idle first: a Host's consumers catch up after its round, and must not do it in the next target's.
      const idle = await Promise.all(targets.filter((h) => h.host).map((h) => HostProcess.waitIdle(h.host.pid)));
      if (idle.includes(false)) console.error(`warning: a Host was not idle within 120 s before ${t.name} in round ${r + 1}`);
      const { samples } = await post(t, `r${r}`, users);
      row[t.name] = { meanMs: samples.reduce((a, b) => a + b, 0) / samples.length, commitMs: (await stats(t))?.medianMs };
    }
    rounds.push(row);
    console.log(`round ${r + 1}: ${describe(row)}`);
  }
  const med = {};
  for (const t of targets) {
    med[t.name] = { meanMs: median(rounds.map((row) => row[t.name].meanMs)), commitMs: t.stats ? median(rounds.map((row) => row[t.name].commitMs)) : undefined };
  }
  console.log(`median of ${rounds.length} rounds: ${describe(med)}`);
  console.log(JSON.stringify({ users, rounds, median: med }));
} finally {
  for (const c of children.reverse()) await c.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function post(target, prefix, n) {
  return target.session.loop(n, async (i) => {
    const res = await target.session.request('POST', '/Users', bodies.userBody(prefix, i));
    if (res.status !== 201) throw new Error(`${target.name}: POST /Users answered ${res.status}: ${res.body}`);
  });
}

async function stats(target) {
  return target.stats ? JSON.parse((await target.session.request('GET', '/stats')).body) : undefined;
}

// Server time beside the bare server; for the probe with fsync, also what is left once its median COMMIT is taken off.
function describe(row) {
  const bare = row.bare.meanMs;
  const commit = row['probe FULL'].commitMs;
  return Object.entries(row).map(([name, { meanMs, commitMs }]) => {
    if (name === 'bare') return `bare ${meanMs.toFixed(3)} ms`;
    const server = meanMs - bare;
    const parts = [`${name} server ${server.toFixed(3)} ms`];
    if (commitMs !== undefined) parts.push(`commit p50 ${commitMs.toFixed(3)}`);
    if (name !== 'probe NORMAL') parts.push(`beyond the fsync commit ${(server - commit).toFixed(3)}`);
    return parts.join(', ');
  }).join('; ');
}

async function startHost(list, name, args, dir = opt['host-dir']) {
  const host = await HostProcess.start(dir, args);
  list.push({ kill: () => host.stop() });
  const workload = await ScimWorkload.provision(new HttpSession(host.url), { url: host.url, apiKey: host.apiKey, account: host.accountId });
  return { name, session: workload.scim, host };
}

async function startBare(list) {
  const child = fork(path.join(here, 'bare-server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  list.push({ kill: () => child.kill() });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
}

async function startProbe(list, sync) {
  const args = [path.join(path.resolve(opt['probe-dir']), 'CatoScim.FloorProbe.dll'), '--db', path.join(dataDir, `probe-${sync}.db`), '--sync', sync];
  if (opt.inline) args.push('--inline');
  const child = spawn('dotnet', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  list.push({ kill: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }) });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const line = /^(\d+)\r?\n/.exec(out);
      if (line) resolve(Number(line[1]));
    });
    child.once('exit', (code) => reject(new Error(`FloorProbe exited ${code}: ${out}`)));
  });
}
