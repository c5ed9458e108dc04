import { useMutation, useQuery } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { Dialog, Empty, ErrorBanner, Loading, formatTime } from '../ui.js';
import { ActionBadge, LicenseBadge, StatusBadge } from './badges.js';
import { operationText } from './words.js';

const attributes = [
  ['userName', 'User name'], ['givenName', 'Given name'], ['familyName', 'Family name'], ['displayName', 'Display name'],
  ['email', 'Email'], ['phone', 'Phone'], ['title', 'Title'], ['department', 'Department'], ['employeeNumber', 'Employee number'],
  ['costCenter', 'Cost centre'], ['organization', 'Organisation'], ['division', 'Division'], ['externalId', 'External id (IdP)'],
];

function DeleteUserDialog({ user, open, onClose }) {
  const { accountId } = useSession();
  const remove = useMutation('DeleteUser');
  // An active user a directory provisions would be created again by its IdP: deleting it takes a second confirmation.
  const needsForce = user.origin === 'SCIM' && user.active && !!user.directory;
  const [forced, setForced] = useState(false);
  const close = () => { setForced(false); remove.reset(); onClose(); };
  const confirm = async () => {
    if (await remove.run({ accountId, input: { userId: user.id, force: needsForce } })) location.hash = '#/users';
  };
  return html`<${Dialog} title=${`Delete ${user.userName} permanently?`} open=${open} onClose=${close}>
    <p>The user, its group memberships and its licence are removed. This cannot be undone; its events stay.</p>
    ${needsForce ? html`<label class="check warning"><input type="checkbox" checked=${forced} onChange=${e => setForced(e.currentTarget.checked)} />
      This user is active and provisioned by ${user.directory.name}: the IdP will create it again unless it is unassigned there. Delete anyway.</label>` : null}
    <${ErrorBanner} error=${remove.error} />
    <div class="actions">
      <button type="button" onClick=${close}>Cancel</button>
      <button type="button" class="danger" disabled=${remove.busy || (needsForce && !forced)} onClick=${confirm}>Delete user</button>
    </div>
  <//>`;
}

export function UserDetail({ id }) {
  const { accountId, canWrite } = useSession();
  const query = useQuery('User', { accountId, id });
  const [deleting, setDeleting] = useState(false);
  if (!query.data) return query.error ? html`<${ErrorBanner} error=${query.error} />` : html`<${Loading} />`;
  const user = query.data.directory.user;
  if (!user) return html`<${Empty} title="No such user"><p><a href="#/users">Back to the users</a></p><//>`;
  const license = user.license;
  return html`<p><a href="#/users">← Users</a></p>
    <h1>${user.displayName || user.userName}</h1>
    <div class="row"><${StatusBadge} status=${user.status} /><span>${user.origin}${user.directory ? ` · ${user.directory.name}` : ''}</span></div>
    <section class="card" aria-labelledby="attributes-title">
      <h2 id="attributes-title">Attributes${user.origin === 'MANUAL' ? '' : ' (as the IdP sent them)'}</h2>
      <dl class="facts">${attributes.filter(([key]) => user[key]).map(([key, label]) => html`<div><dt>${label}</dt><dd>${user[key]}</dd></div>`)}</dl>
      <p class="muted">Created ${formatTime(user.audit.createdAt)} by ${user.audit.createdBy}; changed ${formatTime(user.audit.updatedAt)} by ${user.audit.updatedBy}.</p>
    </section>
    <section class="card" aria-labelledby="groups-title">
      <h2 id="groups-title">Groups</h2>
      ${user.groups.length ? html`<ul>${user.groups.map(g => html`<li><a href=${`#/groups/${g.id}`}>${g.name}</a> <span class="muted">${g.origin}</span></li>`)}</ul>` : html`<p class="muted">In no group.</p>`}
    </section>
    <section class="card" aria-labelledby="license-title">
      <h2 id="license-title">SDP licence</h2>
      <p><${LicenseBadge} status=${license.status} />${license.via ? ` via a ${license.via} rule` : ''}${license.since ? ` since ${formatTime(license.since)}` : ''}</p>
      ${license.rules.length ? html`<p>Covered by: ${license.rules.map(r => r.kind === 'GROUP' ? `group ${r.group?.name ?? '?'}` : r.kind === 'USER' ? 'a user rule' : 'the all-SCIM-users rule').join(', ')}</p>` : html`<p class="muted">No rule covers this user; assign a licence under SDP licences or Users.</p>`}
    </section>
    <section class="card" aria-labelledby="events-title">
      <h2 id="events-title">Recent events</h2>
      ${user.events.length ? html`<div class="table-wrap"><table>
        <thead><tr><th scope="col">Time</th><th scope="col">Result</th><th scope="col">What</th><th scope="col">Details</th></tr></thead>
        <tbody>${user.events.map(e => html`<tr key=${e.id}><td>${formatTime(e.time)}</td><td><${ActionBadge} action=${e.action} /></td>
          <td>${operationText(e.operation)}</td><td>${e.reason ?? e.message}</td></tr>`)}</tbody>
      </table></div>
      <p><a href=${`#/events?resourceId=${user.id}`}>All events of this user</a></p>` : html`<p class="muted">No events yet.</p>`}
    </section>
    ${canWrite ? html`<div class="actions danger-zone"><button type="button" class="danger" onClick=${() => setDeleting(true)}>Delete user</button></div>
      <${DeleteUserDialog} user=${user} open=${deleting} onClose=${() => setDeleting(false)} />` : null}`;
}
