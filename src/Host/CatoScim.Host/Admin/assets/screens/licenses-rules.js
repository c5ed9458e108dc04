import { useMutation, useQuery } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { Badge, Dialog, ErrorBanner, Field, formatTime } from '../ui.js';

const target = rule => rule.kind === 'USER' ? html`<a href=${`#/users/${rule.user?.id}`}>${rule.user?.userName ?? 'deleted user'}</a>`
  : rule.kind === 'GROUP' ? html`<a href=${`#/groups/${rule.group?.id}`}>${rule.group?.name ?? 'deleted group'}</a>` : 'All SCIM users';

function CreateRule({ onChanged }) {
  const { accountId } = useSession();
  const [kind, setKind] = useState('GROUP');
  const [groupId, setGroupId] = useState('');
  const groups = useQuery('UserFilterOptions', { accountId }).data?.directory.groups.items ?? [];
  const create = useMutation('CreateLicenseRule');
  const submit = async event => {
    event.preventDefault();
    if (await create.run({ accountId, input: kind === 'GROUP' ? { kind, groupId } : { kind } })) onChanged();
  };
  return html`<form class="inline-form" onSubmit=${submit} aria-label="Create a licence rule">
    <${Field} id="rule-kind" label="Rule" field="input.kind" error=${create.error}>
      <select id="rule-kind" value=${kind} onChange=${e => setKind(e.currentTarget.value)}>
        <option value="GROUP">Members of a group</option><option value="ALL_SCIM_USERS">All SCIM users</option>
      </select>
    <//>
    ${kind === 'GROUP' ? html`<${Field} id="rule-group" label="Group" field="input.groupId" error=${create.error}>
      <select id="rule-group" required value=${groupId} onChange=${e => setGroupId(e.currentTarget.value)}>
        <option value="">Choose a group</option>${groups.map(g => html`<option value=${g.id}>${g.name}</option>`)}
      </select>
    <//>` : null}
    <button type="submit" disabled=${create.busy || (kind === 'GROUP' && !groupId)}>Add rule</button>
    <${ErrorBanner} error=${create.error} claimed=${['input.kind', 'input.groupId']} />
  </form>`;
}

export function LicenseRules({ rules, onChanged }) {
  const { accountId, canWrite } = useSession();
  const [deleting, setDeleting] = useState(null);
  const remove = useMutation('DeleteLicenseRule');
  const close = () => { remove.reset(); setDeleting(null); };
  const confirm = async () => {
    if (await remove.run({ accountId, input: { ruleId: deleting.id } })) { close(); onChanged(); }
  };
  return html`<section class="card" aria-labelledby="rules-title">
    <h2 id="rules-title">Rules</h2>
    <p class="hint">Seats go to USER rules first, then GROUP rules, then the all-SCIM-users rule; within a tier, earliest covered first.</p>
    ${rules.length ? html`<div class="table-wrap"><table>
      <thead><tr><th scope="col">Kind</th><th scope="col">Covers</th><th scope="col">Created</th>${canWrite ? html`<th scope="col"><span class="sr-only">Actions</span></th>` : null}</tr></thead>
      <tbody>${rules.map(r => html`<tr key=${r.id}>
        <td>${r.kind}${r.orphaned ? html` <${Badge} tone="warn" title=${`Its group was deleted ${formatTime(r.orphanedAt)}`}>Orphaned<//>` : null}</td>
        <td>${target(r)}</td><td>${formatTime(r.audit.createdAt)} by ${r.audit.createdBy}</td>
        ${canWrite ? html`<td><button type="button" class="danger" onClick=${() => setDeleting(r)}>Delete</button></td>` : null}
      </tr>`)}</tbody>
    </table></div>` : html`<p class="muted">No rule yet: nobody holds a licence. Add a group rule, or assign users below.</p>`}
    ${canWrite ? html`<${CreateRule} onChanged=${onChanged} />` : null}
    <${Dialog} title="Delete this rule?" open=${!!deleting} onClose=${close}>
      <p>Users no other rule covers lose their seat; waiting users get the freed seats.</p>
      <${ErrorBanner} error=${remove.error} />
      <div class="actions"><button type="button" onClick=${close}>Cancel</button>
        <button type="button" class="danger" disabled=${remove.busy} onClick=${confirm}>Delete rule</button></div>
    <//>
  </section>`;
}
