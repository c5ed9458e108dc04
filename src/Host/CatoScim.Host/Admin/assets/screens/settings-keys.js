import { useMutation } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { Badge, Dialog, ErrorBanner, Field, described, formatTime, relativeTime } from '../ui.js';
import { SecretOnce } from './scim-tokens.js';

function CreateKeyDialog({ open, onClose, onChanged }) {
  const { accountId } = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState('VIEWER');
  const [expires, setExpires] = useState('');
  const [secret, setSecret] = useState(null);
  const create = useMutation('CreateApiKey');
  const close = () => { setSecret(null); setName(''); setExpires(''); create.reset(); onClose(); };
  const submit = async event => {
    event.preventDefault();
    const data = await create.run({ accountId, input: { name: name.trim(), role, expiresAt: expires ? new Date(expires).toISOString() : null } });
    if (data) {
      setSecret(data.account.createApiKey.key);
      onChanged();
    }
  };
  return html`<${Dialog} title="New API key" open=${open} onClose=${close}>
    ${secret
      ? html`<${SecretOnce} id="new-api-key" label="API key" secret=${secret} />
          <div class="actions"><button type="button" class="primary" onClick=${close}>Done</button></div>`
      : html`<form onSubmit=${submit}>
          <${Field} id="key-name" label="Name" field="input.name" error=${create.error}>
            <input ...${described('key-name', { field: 'input.name', error: create.error })} required maxlength="100" value=${name} onInput=${e => setName(e.currentTarget.value)} />
          <//>
          <${Field} id="key-role" label="Role" field="input.role" error=${create.error} hint="VIEWER reads; EDITOR also changes.">
            <select ...${described('key-role', { hint: true })} value=${role} onChange=${e => setRole(e.currentTarget.value)}>
              <option value="VIEWER">Viewer</option><option value="EDITOR">Editor</option>
            </select>
          <//>
          <${Field} id="key-expires" label="Expires (optional)" field="input.expiresAt" error=${create.error}>
            <input ...${described('key-expires', { field: 'input.expiresAt', error: create.error })} type="datetime-local" value=${expires} onInput=${e => setExpires(e.currentTarget.value)} />
          <//>
          <${ErrorBanner} error=${create.error} claimed=${['input.name', 'input.role', 'input.expiresAt']} />
          <div class="actions">
            <button type="button" onClick=${close}>Cancel</button>
            <button type="submit" class="primary" disabled=${create.busy}>Create key</button>
          </div>
        </form>`}
  <//>`;
}

function RevokeKeyDialog({ apiKey, onClose, onChanged }) {
  const { accountId } = useSession();
  const revoke = useMutation('RevokeApiKey');
  const close = () => { revoke.reset(); onClose(); };
  const confirm = async () => {
    if (await revoke.run({ accountId, input: { keyId: apiKey.id } })) {
      onChanged();
      close();
    }
  };
  return html`<${Dialog} title=${`Revoke the key ${apiKey?.name ?? ''}?`} open=${!!apiKey} onClose=${close}>
    <p>Every request with this key is refused from now on, including a console signed in with it.</p>
    <${ErrorBanner} error=${revoke.error} />
    <div class="actions">
      <button type="button" onClick=${close}>Cancel</button>
      <button type="button" class="danger" disabled=${revoke.busy} onClick=${confirm}>Revoke key</button>
    </div>
  <//>`;
}

export function ApiKeys({ keys, onChanged }) {
  const { canWrite } = useSession();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState(null);
  return html`<section class="card" aria-labelledby="keys-title">
    <h2 id="keys-title">API keys</h2>
    <div class="table-wrap"><table>
      <thead><tr><th scope="col">Name</th><th scope="col">Key</th><th scope="col">Role</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th>${canWrite ? html`<th scope="col"><span class="sr-only">Actions</span></th>` : null}</tr></thead>
      <tbody>${keys.map(k => html`<tr key=${k.id}>
        <td>${k.name}</td><td class="mono">${k.prefix}…</td><td>${k.role}</td>
        <td>${formatTime(k.audit.createdAt)} by ${k.audit.createdBy}</td>
        <td title=${formatTime(k.lastUsedAt)}>${relativeTime(k.lastUsedAt)}</td>
        <td>${k.revoked ? html`<${Badge}>Revoked<//>` : k.expiresAt && new Date(k.expiresAt) <= new Date() ? html`<${Badge}>Expired<//>` : html`<${Badge} tone="ok">Active<//>`}</td>
        ${canWrite ? html`<td>${k.revoked ? null : html`<button type="button" class="danger" onClick=${() => setRevoking(k)}>Revoke</button>`}</td>` : null}
      </tr>`)}</tbody>
    </table></div>
    ${canWrite ? html`<button type="button" onClick=${() => setCreating(true)}>Create API key</button>` : null}
    <${CreateKeyDialog} open=${creating} onClose=${() => setCreating(false)} onChanged=${onChanged} />
    <${RevokeKeyDialog} apiKey=${revoking} onClose=${() => setRevoking(null)} onChanged=${onChanged} />
  </section>`;
}
