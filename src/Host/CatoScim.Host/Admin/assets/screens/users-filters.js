import { useQuery } from '../hooks.js';
import { html } from '../lib.js';
import { useSession } from '../session.js';

function Select({ id, label, value, options, onChange }) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} value=${value ?? ''} onChange=${e => onChange(e.currentTarget.value || undefined)}>
      <option value="">Any</option>
      ${options.map(([v, text]) => html`<option value=${v}>${text}</option>`)}
    </select>
  </div>`;
}

export function UserFilters({ params, search, onSearch, onChange }) {
  const { accountId } = useSession();
  const options = useQuery('UserFilterOptions', { accountId }).data?.directory;
  const directories = options?.directories.map(d => [d.id, d.name]) ?? [];
  const groups = options?.groups.items.map(g => [g.id, g.name]) ?? [];
  // A group filter from a link names a group the first page of names may not hold; keep it selectable.
  if (params.groupId && !groups.some(([id]) => id === params.groupId)) groups.unshift([params.groupId, 'The linked group']);
  return html`<form class="card filters" role="search" aria-label="Filter users" onSubmit=${e => e.preventDefault()}>
    <div class="field">
      <label for="user-search">Search</label>
      <input id="user-search" type="search" placeholder="Name, user name or email" value=${search} onInput=${e => onSearch(e.currentTarget.value)} />
    </div>
    <${Select} id="user-status" label="Status" value=${params.status} options=${[['ACTIVE', 'Active'], ['DISABLED', 'Disabled']]} onChange=${v => onChange({ status: v })} />
    <${Select} id="user-origin" label="Origin" value=${params.origin} options=${[['SCIM', 'SCIM'], ['LDAP', 'LDAP'], ['MANUAL', 'Manual']]} onChange=${v => onChange({ origin: v })} />
    <${Select} id="user-directory" label="Directory" value=${params.directoryId} options=${directories} onChange=${v => onChange({ directoryId: v })} />
    <${Select} id="user-group" label="Group" value=${params.groupId} options=${groups} onChange=${v => onChange({ groupId: v })} />
    <${Select} id="user-license" label="Licence" value=${params.license} options=${[['ASSIGNED', 'Assigned'], ['PENDING', 'Pending'], ['NONE', 'None']]} onChange=${v => onChange({ license: v })} />
  </form>`;
}
