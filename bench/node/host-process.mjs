// Starts a Host from its build output in a fresh data folder and reads its CPU time and resident memory from /proc.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

export class HostProcess {
  static async start(hostDir, extraArgs) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'catoscim-bench-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const args = [
      path.join(path.resolve(hostDir), 'CatoScim.Host.dll'),
      '--urls', url,
      '--Scim:RateLimitPerSecond=0',
      `--ConnectionStrings:CatoScim=Data Source=${path.join(dataDir, 'catoscim.db')}`,
      `--Smtp:PickupDirectory=${path.join(dataDir, 'mail')}`,
      ...extraArgs,
    ];
    // The working directory is the output folder so that appsettings.json is found as in production.
    const child = spawn('dotnet', args, { cwd: path.resolve(hostDir), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const banner = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Host did not print its first-start banner:\n${out}`)), 120_000);
      const onData = (chunk) => {
        out += chunk;
        const account = /created account '[^']*' \(([^)]+)\)/.exec(out);
        const key = /EDITOR API key[^:]*:[ \t]+(\S+)\r?\n/.exec(out);
        if (account && key) {
          clearTimeout(timer);
          resolve({ accountId: account[1], apiKey: key[1] });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (c) => { out += c; });
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Host exited ${code}:\n${out}`)); });
    });
    child.stdout.resume();
    console.error(`Host pid ${child.pid} at ${url}, data in ${dataDir}`);
    return Object.assign(new HostProcess(), { child, pid: child.pid, url, dataDir, ...banner });
  }

  async stop() {
    this.child.kill('SIGTERM');
    await new Promise((resolve) => this.child.once('exit', resolve));
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  // utime + stime of every thread of the process (fields 14 and 15 of /proc/PID/stat).
  static cpuSeconds(pid) {
    if (!pid) return undefined;
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  }

  static rssMiB(pid) {
    return pid ? statusKiB(pid, ['VmRSS']) / 1024 : undefined;
  }

  // The resident pages no other process could share: anonymous memory (GC heap, malloc, stacks) and shared memory
  // (the JIT's code and loader heaps, `memfd:doublemapper`), without the clean file pages of assemblies and libraries.
  static privateMiB(pid) {
    return pid ? statusKiB(pid, ['RssAnon', 'RssShmem']) / 1024 : undefined;
  }

  // The Host is idle when it burns under 5% of one core over a second (its consumers have caught up). An idle Host's
  // own timers, polls and memory release take 2-4% (bench README, session 14); working consumers take 30% and more.
  static async waitIdle(pid, timeoutMs = 120_000) {
    if (!pid) return true;
    const end = Date.now() + timeoutMs;
    let last = HostProcess.cpuSeconds(pid);
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = HostProcess.cpuSeconds(pid);
      if (now - last < 0.05) return true;
      last = now;
    }
    return false;
  }
}

function statusKiB(pid, keys) {
  const lines = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n');
  return keys.reduce((sum, key) => sum + Number(lines.find((l) => l.startsWith(`${key}:`)).split(/\s+/)[1]), 0);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
