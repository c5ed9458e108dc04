import { useMutation, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { Badge, Empty, ErrorBanner, Loading, Pager, formatTime } from '../ui.js';
import { StatusBadge } from './badges.js';
import { DeleteGroupDialog, RenameGroupDialog } from './group-edit.js';
import { AddMembers } from './group-members.js';

const PageSize = 50;
export const originTone = { SCIM: 'info', LDAP: 'info', MANUAL: 'neutral' };

/** Why the console cannot change a group, as the API decides it (LDAP, or SCIM with its directory); null when it can. */
export function managedBy(group) {
  if (group.origin === 'SCIM' && group.directory) return `Managed by ${group.directory.name}: change it in your IdP.`;
  if (group.origin === 'LDAP') return 'Managed by LDAP: change it in your directory.';
  return null;
}

function Members({ group, from, editable, onChanged }) {
  const { accountId } = useSession();
  const [selected, setSelected] = useState(new Map());
  const remove = useMutation('RemoveGroupMembers');
  const members = group.members;
  const toggle = user => {
    const next = new Map(selected);
    if (next.has(user.id)) next.delete(user.id); else next.set(user.id, user.userName);
    setSelected(next);
  };
  const removeSelected = async () => {
    if (await remove.run({ accountId, input: { groupId: group.id, userIds: [...selected.keys()] } })) {
      setSelected(new Map());
      onChanged();
    }
  };
  return html`<section class="card" aria-labelledby="members-title">
    <h2 id="members-title">Members (${group.memberCount.toLocaleString()})</h2>
    ${members.items.length ? html`<div class="table-wrap"><table>
      <thead><tr>${editable ? html`<th scope="col"><span class="sr-only">Select</span></th>` : null}
        <th scope="col">User name</th><th scope="col">Name</th><th scope="col">Status</th></tr></thead>
      <tbody>${members.items.map(u => html`<tr key=${u.id} class=${selected.has(u.id) ? 'selected' : ''}>
        ${editable ? html`<td><input type="checkbox" aria-label=${`Select ${u.userName}`} checked=${selected.has(u.id)} onChange=${() => toggle(u)} /></td>` : null}
        <td><a href=${`#/users/${u.id}`}>${u.userName}</a></td><td>${u.displayName ?? ''}</td><td><${StatusBadge} status=${u.status} /></td></tr>`)}</tbody>
    </table></div>
    <${Pager} total=${members.paging.total} from=${from} limit=${PageSize} label="members" onChange=${f => replaceParams(`groups/${group.id}`, { from: f })} />
    ${editable ? html`<div class="row">
      <button type="button" class="danger" disabled=${remove.busy || selected.size === 0} onClick=${removeSelected}>
        ${selected.size ? `Remove ${selected.size} selected` : 'Remove selected'}</button>
      <span class="muted">The users are kept; they only leave this group.</span></div>
      <${ErrorBanner} error=${remove.error} />` : null}
    <p><a href=${`#/users?groupId=${group.id}`}>Open the members in Users (filters, licences)</a></p>`
    : html`<p class="muted">No members.${editable ? ' Find users below and add them.' : ''}</p>`}
  </section>`;
}

export function GroupDetail({ id, params }) {
  const { accountId, canWrite } = useSession();
  const from = Number(params.from ?? 0);
  const query = useQuery('Group', { accountId, id, members: { paging: { from, limit: PageSize } } });
  const [dialog, setDialog] = useState(null);
  const group = query.data?.directory.group;
  // Removing the last members of the last page leaves it empty: show the page before it.
  useEffect(() => {
    if (group && from > 0 && group.members.items.length === 0) replaceParams(`groups/${id}`, { from: Math.max(0, from - PageSize) });
  }, [group, from]);
  if (!query.data) return query.error ? html`<${ErrorBanner} error=${query.error} />` : html`<${Loading} />`;
  if (!group) return html`<${Empty} title="No such group"><p><a href="#/groups">Back to the groups</a></p><//>`;
  const reason = managedBy(group);
  const editable = canWrite && !reason;
  return html`<p><a href="#/groups">← Groups</a></p>
    <h1>${group.name}</h1>
    <div class="row"><${Badge} tone=${originTone[group.origin]}>${group.origin}<//>
      ${reason ? html`<span class="managed">${reason}</span>` : group.origin === 'SCIM' ? html`<span class="muted">Its directory was deleted: it is edited here now.</span>` : null}
      ${editable ? html`<button type="button" onClick=${() => setDialog('rename')}>Rename</button>` : null}</div>
    <p class="muted">Created ${formatTime(group.audit.createdAt)} by ${group.audit.createdBy}; changed ${formatTime(group.audit.updatedAt)} by ${group.audit.updatedBy}.</p>
    <${ErrorBanner} error=${query.error} />
    <${Members} group=${group} from=${from} editable=${editable} onChanged=${query.reload} />
    ${editable ? html`<${AddMembers} group=${group} onAdded=${query.reload} />
      <div class="actions danger-zone"><button type="button" class="danger" onClick=${() => setDialog('delete')}>Delete group</button></div>
      <${RenameGroupDialog} group=${group} open=${dialog === 'rename'} onClose=${() => setDialog(null)} onRenamed=${query.reload} />
      <${DeleteGroupDialog} group=${group} open=${dialog === 'delete'} onClose=${() => setDialog(null)} />` : null}`;
}
