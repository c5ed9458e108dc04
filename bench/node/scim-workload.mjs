// Okta-shaped SCIM traffic against one fresh directory: creates, userName lookups, and a group push.
import { HttpSession } from './http-session.mjs';
import { median } from './report.mjs';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const GIVEN = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances'];
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth'];
const DEPARTMENTS = ['Engineering', 'Sales', 'Finance', 'Support', 'Marketing'];

export class ScimWorkload {
  static async provision(root, target) {
    const gql = async (query) => {
      const res = await root.request('POST', '/graphql', JSON.stringify({ query }), { 'x-api-key': target.apiKey, 'content-type': 'application/json' });
      const json = JSON.parse(res.body);
      if (res.status !== 200 || json.errors) throw new Error(`GraphQL setup failed: ${res.body}`);
      return json.data;
    };
    const account = JSON.stringify(target.account);
    await gql(`mutation { directory(accountId: ${account}) { updateScimSettings(input: {enabled: true}) { scimSettings { enabled } } } }`);
    const name = JSON.stringify(`node-bench-${Date.now()}`);
    const dir = (await gql(`mutation { directory(accountId: ${account}) { createScimDirectory(input: {name: ${name}, provider: OKTA}) { scimDirectory { id } } } }`))
      .directory.createScimDirectory.scimDirectory;
    const token = (await gql(`mutation { directory(accountId: ${account}) { createScimToken(input: {directoryId: ${JSON.stringify(dir.id)}}) { token } } }`))
      .directory.createScimToken.token;
    const base = new URL(`/scim/v2/${encodeURIComponent(target.account)}/${encodeURIComponent(dir.id)}`, target.url);
    return new ScimWorkload(new HttpSession(base, { authorization: `Bearer ${token}`, accept: 'application/scim+json' }));
  }

  constructor(scim) {
    this.scim = scim;
    this.ids = new Map();
  }

  userName(prefix, i) {
    return `${prefix}.user${i}@bench.example.com`;
  }

  userBody(prefix, i) {
    const given = GIVEN[i % GIVEN.length];
    const family = FAMILY[i % FAMILY.length];
    const userName = this.userName(prefix, i);
    return JSON.stringify({
      schemas: [CORE, ENTERPRISE],
      userName,
      name: { givenName: given, familyName: family },
      emails: [{ primary: true, value: userName, type: 'work' }],
      displayName: `${given} ${family}`,
      phoneNumbers: [{ value: `+1-555-${String(i % 10000).padStart(4, '0')}`, type: 'work', primary: true }],
      title: 'Engineer',
      externalId: `00u${prefix}${i}`,
      active: true,
      [ENTERPRISE]: { department: DEPARTMENTS[i % DEPARTMENTS.length] },
    });
  }

  async createUsers(prefix, n) {
    const ids = new Array(n);
    this.ids.set(prefix, ids);
    const bodies = Array.from({ length: n }, (_, i) => this.userBody(prefix, i));
    return this.scim.loop(n, async (i) => {
      const res = await this.scim.request('POST', '/Users', bodies[i]);
      expect(res, 201, 'POST /Users');
      ids[i] = JSON.parse(res.body).id;
    });
  }

  // Visits the users in a stride order so consecutive lookups do not hit neighbouring rows.
  async lookupUsers(prefix, n) {
    const stride = 7919;
    const paths = Array.from({ length: n }, (_, i) =>
      `/Users?filter=${encodeURIComponent(`userName eq "${this.userName(prefix, (i * stride) % n)}"`)}`);
    return this.scim.loop(n, async (i) => {
      const res = await this.scim.request('GET', paths[i]);
      expect(res, 200, 'GET /Users?filter');
      if (!res.body.includes('"totalResults":1')) throw new Error(`lookup ${paths[i]} did not find exactly one user: ${res.body.slice(0, 300)}`);
    });
  }

  async pushGroup(name, memberIds) {
    const created = await this.scim.request('POST', '/Groups', JSON.stringify({ schemas: [GROUP], displayName: name, members: [] }));
    expect(created, 201, 'POST /Groups');
    const groupId = JSON.parse(created.body).id;
    const batches = [];
    for (let i = 0; i < memberIds.length; i += 100) batches.push(memberIds.slice(i, i + 100));
    const { samples } = await this.scim.loop(batches.length, async (b) => {
      const body = JSON.stringify({ schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'members', value: batches[b].map((value) => ({ value })) }] });
      const res = await this.scim.request('PATCH', `/Groups/${groupId}`, body);
      if (res.status !== 204 && res.status !== 200) throw new Error(`PATCH /Groups answered ${res.status}: ${res.body.slice(0, 300)}`);
    });
    return { groupId, medianMs: median(samples) };
  }

  // The same 2,000-member push (20 PATCHes of 100) on a quiet Host and right after `importSize` creates.
  async burst(importSize, waitIdle) {
    await this.createUsers('quiet', 2000);
    await waitIdle();
    const quietMedianMs = (await this.pushGroup(`quiet-${Date.now()}`, this.ids.get('quiet'))).medianMs;
    await waitIdle();
    await this.createUsers('burst', importSize);
    const afterImportMedianMs = (await this.pushGroup(`burst-${Date.now()}`, this.ids.get('burst').slice(0, 2000))).medianMs;
    return { importSize, quietMedianMs, afterImportMedianMs, ratio: afterImportMedianMs / quietMedianMs };
  }
}

function expect(res, status, what) {
  if (res.status !== status) throw new Error(`${what} answered ${res.status}: ${res.body.slice(0, 300)}`);
}
