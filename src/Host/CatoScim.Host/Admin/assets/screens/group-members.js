import { useDebounced, useMutation, useQuery } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { ErrorBanner, Loading } from '../ui.js';
import { StatusBadge } from './badges.js';

const Found = 10;

/** Finds users with the Users list's own query, picks some, and adds them to the group in one call. */
export function AddMembers({ group, onAdded }) {
  const { accountId } = useSession();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const [picked, setPicked] = useState(new Map());
  const [version, setVersion] = useState(0);
  const found = useQuery('Users', { accountId, input: { filter: { search: settled }, paging: { from: 0, limit: Found }, sort: { field: 'NAME', direction: 'ASC' } } },
    { skip: !settled, version });
  const add = useMutation('AddGroupMembers');
  const toggle = user => {
    const next = new Map(picked);
    if (next.has(user.id)) next.delete(user.id); else next.set(user.id, user.userName);
    setPicked(next);
  };
  const submit = async event => {
    event.preventDefault();
    if (await add.run({ accountId, input: { groupId: group.id, userIds: [...picked.keys()] } })) {
      setPicked(new Map());
      setVersion(v => v + 1);
      onAdded();
    }
  };
  const page = settled ? found.data?.directory.users : null;
  return html`<form class="card" onSubmit=${submit} aria-labelledby="add-members-title">
    <h2 id="add-members-title">Add members</h2>
    <div class="field">
      <label for="member-search">Find users</label>
      <input id="member-search" type="search" autocomplete="off" aria-describedby="member-search-hint" value=${search} onInput=${e => setSearch(e.currentTarget.value)} />
      <p class="hint" id="member-search-hint">Part of a user name, email or name; pick users from the ${Found} first matches.</p>
    </div>
    ${!settled ? null : !page ? html`<${Loading} label="Searching…" />` : page.items.length === 0 ? html`<p class="muted" role="status">No user matches “${settled}”.</p>` : html`
      <ul class="picks" aria-busy=${found.loading} aria-label="Matching users">${page.items.map(u => {
        const member = u.groups.some(g => g.id === group.id);
        return html`<li key=${u.id}><label class="check">
          <input type="checkbox" aria-label=${`Pick ${u.userName}`} disabled=${member} checked=${member || picked.has(u.id)} onChange=${() => toggle(u)} />
          <span>${u.userName}${u.displayName ? html` <span class="muted">${u.displayName}</span>` : null}</span>
          <${StatusBadge} status=${u.status} />${member ? html` <span class="muted">already a member</span>` : null}
        </label></li>`;
      })}</ul>
      ${page.paging.total > Found ? html`<p class="hint">${page.paging.total.toLocaleString()} users match: type more to narrow it down.</p>` : null}`}
    <${ErrorBanner} error=${found.error ?? add.error} />
    <button type="submit" class="primary" disabled=${add.busy || picked.size === 0}>
      ${picked.size ? `Add ${picked.size} member${picked.size === 1 ? '' : 's'}` : 'Add members'}</button>
    ${picked.size ? html`<span class="muted"> ${[...picked.values()].join(', ')}</span>` : null}
  </form>`;
}
