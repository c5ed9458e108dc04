import { useDebounced, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { Badge, Empty, ErrorBanner, Loading, Pager, SortHeader, formatTime } from '../ui.js';
import { StatusBadge } from './badges.js';

const PageSize = 50;
const originTone = { SCIM: 'info', LDAP: 'info', MANUAL: 'neutral' };

function GroupDetail({ id, params }) {
  const { accountId } = useSession();
  const from = Number(params.from ?? 0);
  const query = useQuery('Group', { accountId, id, members: { paging: { from, limit: PageSize } } });
  if (!query.data) return query.error ? html`<${ErrorBanner} error=${query.error} />` : html`<${Loading} />`;
  const group = query.data.directory.group;
  if (!group) return html`<${Empty} title="No such group"><p><a href="#/groups">Back to the groups</a></p><//>`;
  const members = group.members;
  return html`<p><a href="#/groups">← Groups</a></p>
    <h1>${group.name}</h1>
    <div class="row"><${Badge} tone=${originTone[group.origin]}>${group.origin}<//>
      ${group.directory ? html`<span>Provisioned by ${group.directory.name}: read-only here, change it in the IdP.</span>` : null}</div>
    <p class="muted">Created ${formatTime(group.audit.createdAt)} by ${group.audit.createdBy}; changed ${formatTime(group.audit.updatedAt)} by ${group.audit.updatedBy}.</p>
    <section class="card" aria-labelledby="members-title">
      <h2 id="members-title">Members (${group.memberCount.toLocaleString()})</h2>
      ${members.items.length ? html`<div class="table-wrap"><table>
        <thead><tr><th scope="col">User name</th><th scope="col">Name</th><th scope="col">Status</th></tr></thead>
        <tbody>${members.items.map(u => html`<tr key=${u.id}><td><a href=${`#/users/${u.id}`}>${u.userName}</a></td><td>${u.displayName ?? ''}</td><td><${StatusBadge} status=${u.status} /></td></tr>`)}</tbody>
      </table></div>
      <${Pager} total=${members.paging.total} from=${from} limit=${PageSize} label="members" onChange=${f => replaceParams(`groups/${id}`, { from: f })} />
      <p><a href=${`#/users?groupId=${group.id}`}>Open the members in Users (filters, licences)</a></p>` : html`<p class="muted">No members.</p>`}
    </section>`;
}

export function GroupsScreen({ route }) {
  const { accountId } = useSession();
  const params = route.params;
  const [search, setSearch] = useState(params.search ?? '');
  const settled = useDebounced(search);
  const set = changes => replaceParams('groups', { ...params, from: undefined, ...changes });
  useEffect(() => { if (!route.parts[1] && (params.search ?? '') !== settled) set({ search: settled || undefined }); }, [settled]);
  const from = Number(params.from ?? 0);
  const sort = { field: params.sort ?? 'NAME', direction: params.dir ?? 'ASC' };
  const filter = Object.fromEntries(Object.entries({ search: params.search, origin: params.origin, directoryId: params.directoryId }).filter(([, v]) => v));
  const query = useQuery('Groups', { accountId, input: { filter, paging: { from, limit: PageSize }, sort } }, { skip: !!route.parts[1] });
  if (route.parts[1]) return html`<${GroupDetail} id=${route.parts[1]} params=${params} />`;
  const page = query.data?.directory.groups;
  const onSort = s => set({ sort: s.field, dir: s.direction });
  return html`<h1>Groups</h1>
    <form class="card filters" role="search" aria-label="Filter groups" onSubmit=${e => e.preventDefault()}>
      <div class="field"><label for="group-search">Search</label>
        <input id="group-search" type="search" value=${search} onInput=${e => setSearch(e.currentTarget.value)} /></div>
      <div class="field"><label for="group-origin">Origin</label>
        <select id="group-origin" value=${params.origin ?? ''} onChange=${e => set({ origin: e.currentTarget.value || undefined })}>
          <option value="">Any</option><option value="SCIM">SCIM</option><option value="LDAP">LDAP</option><option value="MANUAL">Manual</option>
        </select></div>
    </form>
    <${ErrorBanner} error=${query.error} />
    ${!page ? html`<${Loading} />` : page.items.length === 0 ? html`<${Empty} title="No group matches">
        <p>Groups arrive when the IdP pushes them (Okta: Push Groups).</p><//>` : html`
      <div class="table-wrap"><table aria-busy=${query.loading}>
        <thead><tr>
          <${SortHeader} field="NAME" sort=${sort} onSort=${onSort}>Name<//>
          <th scope="col">Origin</th>
          <${SortHeader} field="MEMBER_COUNT" sort=${sort} onSort=${onSort}>Members<//>
          <${SortHeader} field="UPDATED" sort=${sort} onSort=${onSort}>Changed<//>
        </tr></thead>
        <tbody>${page.items.map(g => html`<tr key=${g.id}>
          <td><a href=${`#/groups/${g.id}`}>${g.name}</a></td>
          <td><${Badge} tone=${originTone[g.origin]}>${g.origin}<//>${g.directory ? html` <span class="muted">${g.directory.name}</span>` : null}</td>
          <td>${g.memberCount.toLocaleString()}</td><td>${formatTime(g.audit.updatedAt)}</td>
        </tr>`)}</tbody>
      </table></div>
      <${Pager} total=${page.paging.total} from=${from} limit=${PageSize} label="groups" onChange=${f => replaceParams('groups', { ...params, from: f })} />`}`;
}
