import { useDebounced, useMutation, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { Badge, Empty, ErrorBanner, Field, Loading, Pager, SortHeader, described, formatTime } from '../ui.js';
import { GroupDetail, originTone } from './group.js';

const PageSize = 50;

function CreateGroup({ onCreated }) {
  const { accountId } = useSession();
  const [name, setName] = useState('');
  const create = useMutation('CreateGroup');
  const submit = async event => {
    event.preventDefault();
    const data = await create.run({ accountId, input: { name: name.trim() } });
    if (data) onCreated(data.directory.createGroup.group);
  };
  const nameProps = { field: 'input.name', error: create.error };
  return html`<form class="card inline-form" onSubmit=${submit} aria-label="Create a group">
    <h2>Create a group</h2>
    <${Field} id="group-name" label="Name" hint="A manual group, changed here; a group your IdP pushes is changed there." ...${nameProps}>
      <input ...${described('group-name', { ...nameProps, hint: true })} required maxlength="256" value=${name} onInput=${e => setName(e.currentTarget.value)} />
    <//>
    <${ErrorBanner} error=${create.error} claimed=${['input.name']} />
    <button type="submit" class="primary" disabled=${create.busy || !name.trim()}>${create.busy ? 'Creating…' : 'Create group'}</button>
  </form>`;
}

export function GroupsScreen({ route }) {
  const { accountId, canWrite } = useSession();
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
    ${canWrite ? html`<${CreateGroup} onCreated=${g => { location.hash = `#/groups/${g.id}`; }} />` : null}
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
        <p>Groups arrive when the IdP pushes them (Okta: Push Groups)${canWrite ? ', or create a manual group above' : ''}.</p><//>` : html`
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
