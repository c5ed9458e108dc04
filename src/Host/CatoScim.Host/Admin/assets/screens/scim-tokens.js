import { useMutation } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { Badge, CopyButton, Dialog, ErrorBanner, Field, described, formatTime, relativeTime } from '../ui.js';

const toIso = local => (local ? new Date(local).toISOString() : null);

/** A secret shown once, with the copy button and the warning that it cannot be shown again. */
export function SecretOnce({ id, label, secret }) {
  return html`<div class="secret">
    <label for=${id}>${label}</label>
    <div class="copy-row">
      <input id=${id} class="mono" readonly value=${secret} onFocus=${e => e.currentTarget.select()} />
      <${CopyButton} text=${secret} label=${`Copy the ${label.toLowerCase()}`} />
    </div>
    <p class="warning" role="status">Copy it now: it is shown only once and cannot be read again.</p>
  </div>`;
}

function TokenStatus({ token }) {
  if (token.revoked) return html`<${Badge} tone="neutral">Revoked<//>`;
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return html`<${Badge} tone="neutral">Expired<//>`;
  if (token.expiresSoon) return html`<${Badge} tone="warn">Expires soon<//>`;
  return html`<${Badge} tone="ok">Active<//>`;
}

function GenerateDialog({ directory, open, onClose, onChanged }) {
  const { accountId } = useSession();
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const [secret, setSecret] = useState(null);
  const create = useMutation('CreateScimToken');
  const close = () => { setSecret(null); setName(''); setExpires(''); create.reset(); onClose(); };
  const submit = async event => {
    event.preventDefault();
    const data = await create.run({ accountId, input: { directoryId: directory.id, name: name.trim() || null, expiresAt: toIso(expires) } });
    if (data) {
      setSecret(data.directory.createScimToken.token);
      onChanged();
    }
  };
  const id = `token-${directory.id}`;
  return html`<${Dialog} title=${`New bearer token for ${directory.name}`} open=${open} onClose=${close}>
    ${secret
      ? html`<${SecretOnce} id=${`${id}-secret`} label="Bearer token" secret=${secret} />
          <div class="actions"><button type="button" class="primary" onClick=${close}>Done</button></div>`
      : html`<form onSubmit=${submit}>
          <${Field} id=${`${id}-name`} label="Name (optional)" field="input.name" error=${create.error} hint="Which IdP app uses it, who set it up.">
            <input ...${described(`${id}-name`, { field: 'input.name', error: create.error, hint: true })} maxlength="100" value=${name} onInput=${e => setName(e.currentTarget.value)} />
          <//>
          <${Field} id=${`${id}-expires`} label="Expires (optional)" field="input.expiresAt" error=${create.error}>
            <input ...${described(`${id}-expires`, { field: 'input.expiresAt', error: create.error })} type="datetime-local" value=${expires} onInput=${e => setExpires(e.currentTarget.value)} />
          <//>
          <${ErrorBanner} error=${create.error} claimed=${['input.name', 'input.expiresAt']} />
          <div class="actions">
            <button type="button" onClick=${close}>Cancel</button>
            <button type="submit" class="primary" disabled=${create.busy}>${create.busy ? 'Generating…' : 'Generate token'}</button>
          </div>
        </form>`}
  <//>`;
}

function RotateDialog({ token, open, onClose, onChanged }) {
  const { accountId } = useSession();
  const [grace, setGrace] = useState('60');
  const [secret, setSecret] = useState(null);
  const rotate = useMutation('RotateScimToken');
  const close = () => { setSecret(null); rotate.reset(); onClose(); };
  const submit = async event => {
    event.preventDefault();
    const data = await rotate.run({ accountId, input: { tokenId: token.id, graceMinutes: Number(grace) } });
    if (data) {
      setSecret(data.directory.rotateScimToken.token);
      onChanged();
    }
  };
  const id = `rotate-${token?.id}`;
  return html`<${Dialog} title=${`Rotate token ${token?.prefix ?? ''}`} open=${open} onClose=${close}>
    ${secret
      ? html`<${SecretOnce} id=${`${id}-secret`} label="New bearer token" secret=${secret} />
          <p>The old token keeps working for ${grace} minutes: put the new one into the IdP now.</p>
          <div class="actions"><button type="button" class="primary" onClick=${close}>Done</button></div>`
      : html`<form onSubmit=${submit}>
          <${Field} id=${`${id}-grace`} label="Grace period (minutes)" field="input.graceMinutes" error=${rotate.error} hint="How long the old token keeps working (0 to 10080).">
            <input ...${described(`${id}-grace`, { field: 'input.graceMinutes', error: rotate.error, hint: true })} type="number" min="0" max="10080" required value=${grace} onInput=${e => setGrace(e.currentTarget.value)} />
          <//>
          <${ErrorBanner} error=${rotate.error} claimed=${['input.graceMinutes']} />
          <div class="actions">
            <button type="button" onClick=${close}>Cancel</button>
            <button type="submit" class="primary" disabled=${rotate.busy}>Rotate</button>
          </div>
        </form>`}
  <//>`;
}

function RevokeDialog({ token, open, onClose, onChanged }) {
  const { accountId } = useSession();
  const revoke = useMutation('RevokeScimToken');
  const close = () => { revoke.reset(); onClose(); };
  const confirm = async () => {
    if (await revoke.run({ accountId, input: { tokenId: token.id } })) {
      onChanged();
      close();
    }
  };
  return html`<${Dialog} title=${`Revoke token ${token?.prefix ?? ''}?`} open=${open} onClose=${close}>
    <p>The IdP's requests with this token are refused from now on. Provisioning stops until the IdP has another token.</p>
    <${ErrorBanner} error=${revoke.error} />
    <div class="actions">
      <button type="button" onClick=${close}>Cancel</button>
      <button type="button" class="danger" disabled=${revoke.busy} onClick=${confirm}>Revoke token</button>
    </div>
  <//>`;
}

/** The directory's bearer tokens: generate (shown once), rotate with a grace period, revoke. */
export function TokenDialogs({ directory, onChanged }) {
  const { canWrite } = useSession();
  const [dialog, setDialog] = useState({ kind: null, token: null });
  const close = () => setDialog({ kind: null, token: null });
  const tokens = directory.tokens;
  return html`<section class="tokens" aria-label=${`Bearer tokens of ${directory.name}`}>
    <h4>Bearer tokens</h4>
    ${tokens.length === 0 ? html`<p class="muted">No token yet: generate one and paste it into the IdP with the Base URL.</p>` : html`
      <div class="table-wrap"><table>
        <thead><tr><th scope="col">Token</th><th scope="col">Status</th><th scope="col">Expires</th><th scope="col">Last used</th><th scope="col">Created</th>${canWrite ? html`<th scope="col"><span class="sr-only">Actions</span></th>` : null}</tr></thead>
        <tbody>${tokens.map(t => html`<tr key=${t.id}>
          <td><span class="mono">${t.prefix}…</span> ${t.name ?? ''}</td>
          <td><${TokenStatus} token=${t} /></td>
          <td>${t.expiresAt ? formatTime(t.expiresAt) : 'never'}</td>
          <td title=${formatTime(t.lastUsedAt)}>${relativeTime(t.lastUsedAt)}</td>
          <td>${formatTime(t.audit.createdAt)} by ${t.audit.createdBy}</td>
          ${canWrite ? html`<td class="row-actions">${t.revoked ? null : html`
            <button type="button" onClick=${() => setDialog({ kind: 'rotate', token: t })}>Rotate</button>
            <button type="button" class="danger" onClick=${() => setDialog({ kind: 'revoke', token: t })}>Revoke</button>`}</td>` : null}
        </tr>`)}</tbody>
      </table></div>`}
    ${canWrite ? html`<button type="button" onClick=${() => setDialog({ kind: 'generate', token: null })}>Generate token</button>` : null}
    <${GenerateDialog} directory=${directory} open=${dialog.kind === 'generate'} onClose=${close} onChanged=${onChanged} />
    <${RotateDialog} token=${dialog.token} open=${dialog.kind === 'rotate'} onClose=${close} onChanged=${onChanged} />
    <${RevokeDialog} token=${dialog.token} open=${dialog.kind === 'revoke'} onClose=${close} onChanged=${onChanged} />
  </section>`;
}
