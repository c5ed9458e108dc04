import { useDebounced, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { Empty, ErrorBanner, Loading, Pager, SortHeader } from '../ui.js';
import { BulkLicenses } from './users-bulk.js';
import { UserFilters } from './users-filters.js';
import { UserDetail } from './user.js';
import { LicenseBadge, StatusBadge } from './badges.js';

const PageSize = 50;

/** The query input for the filters in the route, so a link (an email, a group page) opens the same list. */
function usersInput(params, search) {
  const filter = {
    search: search || null,
    statuses: params.status ? [params.status] : null,
    origin: params.origin || null,
    directoryId: params.directoryId || null,
    groupId: params.groupId || null,
    licenseStatuses: params.license ? [params.license] : null,
  };
  return {
    filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null)),
    paging: { from: Number(params.from ?? 0), limit: PageSize },
    sort: { field: params.sort ?? 'NAME', direction: params.dir ?? 'ASC' },
  };
}

/** The users list with filters, sorting, paging and (for editors) row selection for bulk licence changes. */
export function UserList({ path, params, onChanged }) {
  const { accountId, canWrite } = useSession();
  const [search, setSearch] = useState(params.search ?? '');
  const settled = useDebounced(search);
  const [selected, setSelected] = useState(new Map());
  const set = changes => replaceParams(path, { ...params, from: undefined, ...changes });
  useEffect(() => { if ((params.search ?? '') !== settled) set({ search: settled || undefined }); }, [settled]);
  const query = useQuery('Users', { accountId, input: usersInput(params, params.search) });
  const page = query.data?.directory.users;
  const sort = { field: params.sort ?? 'NAME', direction: params.dir ?? 'ASC' };
  const toggle = user => {
    const next = new Map(selected);
    if (next.has(user.id)) next.delete(user.id); else next.set(user.id, user.userName);
    setSelected(next);
  };
  const allOnPage = page?.items.length > 0 && page.items.every(u => selected.has(u.id));
  const toggleAll = () => {
    const next = new Map(selected);
    for (const u of page.items) if (allOnPage) next.delete(u.id); else next.set(u.id, u.userName);
    setSelected(next);
  };
  return html`
    <${UserFilters} params=${params} search=${search} onSearch=${setSearch} onChange=${set} />
    ${canWrite ? html`<${BulkLicenses} selected=${selected} onDone=${() => { setSelected(new Map()); query.reload(); onChanged?.(); }} />` : null}
    <${ErrorBanner} error=${query.error} />
    ${!page ? html`<${Loading} />` : page.items.length === 0 ? html`<${Empty} title="No user matches">
        <p>Change the filters, or connect an IdP under Directory Services · SCIM so it provisions users.</p><//>` : html`
      <div class="table-wrap"><table aria-busy=${query.loading}>
        <caption class="sr-only">Users, ${page.paging.total} matching</caption>
        <thead><tr>
          ${canWrite ? html`<th scope="col"><input type="checkbox" aria-label="Select every user on this page" checked=${allOnPage} onChange=${toggleAll} /></th>` : null}
          <${SortHeader} field="NAME" sort=${sort} onSort=${s => set({ sort: s.field, dir: s.direction })}>Name<//>
          <${SortHeader} field="EMAIL" sort=${sort} onSort=${s => set({ sort: s.field, dir: s.direction })}>User name<//>
          <th scope="col">Status</th><th scope="col">Origin</th><th scope="col">Groups</th><th scope="col">Licence</th>
        </tr></thead>
        <tbody>${page.items.map(u => html`<tr key=${u.id} class=${selected.has(u.id) ? 'selected' : ''}>
          ${canWrite ? html`<td><input type="checkbox" aria-label=${`Select ${u.userName}`} checked=${selected.has(u.id)} onChange=${() => toggle(u)} /></td>` : null}
          <td><a href=${`#/users/${u.id}`}>${u.displayName || [u.givenName, u.familyName].filter(Boolean).join(' ') || u.userName}</a></td>
          <td>${u.userName}</td>
          <td><${StatusBadge} status=${u.status} /></td>
          <td>${u.origin}${u.directory ? html` <span class="muted">· ${u.directory.name}</span>` : null}</td>
          <td>${u.groups.map(g => g.name).join(', ')}</td>
          <td><${LicenseBadge} status=${u.license.status} /></td>
        </tr>`)}</tbody>
      </table></div>
      <${Pager} total=${page.paging.total} from=${Number(params.from ?? 0)} limit=${PageSize} label="users" onChange=${from => replaceParams(path, { ...params, from })} />`}`;
}

export function UsersScreen({ route }) {
  if (route.parts[1]) return html`<${UserDetail} id=${route.parts[1]} />`;
  return html`<h1>Users Directory</h1><${UserList} path="users" params=${route.params} />`;
}
