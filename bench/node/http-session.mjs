// One keep-alive connection, one request at a time: what an IdP's provisioning worker does.
import http from 'node:http';

export class HttpSession {
  constructor(baseUrl, headers = {}) {
    this.base = new URL(baseUrl);
    this.headers = headers;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  request(method, path, body, extraHeaders = {}) {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const headers = { ...this.headers, ...extraHeaders };
    if (payload) {
      headers['content-type'] = 'application/scim+json';
      headers['content-length'] = payload.length;
    }
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.base.hostname, port: this.base.port, path: this.base.pathname.replace(/\/$/, '') + path, method, headers, agent: this.agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
      req.on('error', reject);
      req.end(payload);
    });
  }

  // Times n sequential calls of fn: latencies in milliseconds and the wall-clock span of the whole loop.
  async loop(n, fn) {
    const samples = new Float64Array(n);
    const begin = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const start = process.hrtime.bigint();
      await fn(i);
      samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
    }
    return { samples, wallSeconds: Number(process.hrtime.bigint() - begin) / 1e9 };
  }
}
