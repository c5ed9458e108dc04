import { useMutation, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { useSession } from '../session.js';
import { Badge, CopyButton, Empty, ErrorBanner, Field, Loading, described, formatTime, relativeTime } from '../ui.js';
import { TokenDialogs } from './scim-tokens.js';
import { DeleteDirectoryDialog } from './scim-delete.js';

const providers = [['OKTA', 'Okta'], ['ENTRA', 'Microsoft Entra ID'], ['ONELOGIN', 'OneLogin'], ['CUSTOM', 'Other']];
const healthTone = { HEALTHY: 'ok', DEGRADED: 'warn', FAILING: 'bad', IDLE: 'neutral', NEVER_CONNECTED: 'neutral' };
const healthText = { HEALTHY: 'Healthy', DEGRADED: 'Degraded', FAILING: 'Failing', IDLE: 'Idle', NEVER_CONNECTED: 'Never connected' };

export function HealthBadge({ health }) {
  const title = health.lastFailureReason ? `Last failure ${relativeTime(health.lastFailureAt)}: ${health.lastFailureReason}` : undefined;
  return html`<${Badge} tone=${healthTone[health.status] ?? 'neutral'} title=${title}>${healthText[health.status] ?? health.status}<//>`;
}

function ScimSwitch({ enabled, onSaved }) {
  const { canWrite, accountId } = useSession();
  const [value, setValue] = useState(enabled);
  useEffect(() => setValue(enabled), [enabled]);
  const save = useMutation('UpdateScimSettings');
  const submit = async event => {
    event.preventDefault();
    if (await save.run({ accountId, input: { enabled: value } })) onSaved();
  };
  return html`<form class="card" onSubmit=${submit}>
    <h2>SCIM provisioning</h2>
    <label class="check"><input id="scim-enabled" type="checkbox" checked=${value} disabled=${!canWrite}
      onChange=${e => setValue(e.currentTarget.checked)} /> Enable SCIM Provisioning</label>
    <p class="hint">When off, every SCIM request of the account is refused with 401 and the IdP shows the sync as failed.</p>
    <${ErrorBanner} error=${save.error} />
    ${canWrite ? html`<button type="submit" class="primary" disabled=${save.busy || value === enabled}>${save.busy ? 'Saving…' : 'Save'}</button>` : null}
  </form>`;
}

function CreateDirectory({ onCreated }) {
  const { accountId } = useSession();
  const [name, setName] = useState('');
  const [provider, setProvider] = useState('OKTA');
  const create = useMutation('CreateScimDirectory');
  const submit = async event => {
    event.preventDefault();
    const data = await create.run({ accountId, input: { name: name.trim(), provider } });
    if (data) {
      setName('');
      onCreated(data.directory.createScimDirectory.scimDirectory);
    }
  };
  const nameProps = { field: 'input.name', error: create.error };
  return html`<form class="card inline-form" onSubmit=${submit} aria-label="Create a SCIM directory">
    <h2>Create a directory</h2>
    <${Field} id="directory-name" label="Name" ...${nameProps}>
      <input ...${described('directory-name', nameProps)} required maxlength="200" value=${name} onInput=${e => setName(e.currentTarget.value)} />
    <//>
    <${Field} id="directory-provider" label="Identity provider" field="input.provider" error=${create.error}>
      <select id="directory-provider" value=${provider} onChange=${e => setProvider(e.currentTarget.value)}>
        ${providers.map(([v, label]) => html`<option value=${v}>${label}</option>`)}
      </select>
    <//>
    <${ErrorBanner} error=${create.error} claimed=${['input.name', 'input.provider']} />
    <button type="submit" class="primary" disabled=${create.busy || !name.trim()}>${create.busy ? 'Creating…' : 'Create directory'}</button>
  </form>`;
}

function DirectoryCard({ directory, onChanged }) {
  const { canWrite } = useSession();
  const [deleting, setDeleting] = useState(false);
  const urlId = `base-url-${directory.id}`;
  return html`<article class="card directory" aria-labelledby=${`dir-${directory.id}`}>
    <header class="row">
      <h3 id=${`dir-${directory.id}`}>${directory.name}</h3>
      <span class="muted">${providers.find(p => p[0] === directory.provider)?.[1] ?? directory.provider}</span>
      <${HealthBadge} health=${directory.health} />
    </header>
    <dl class="facts">
      <div><dt>Users</dt><dd><a href=${`#/users?directoryId=${directory.id}`}>${directory.userCount.toLocaleString()}</a></dd></div>
      <div><dt>Groups</dt><dd><a href=${`#/groups?directoryId=${directory.id}`}>${directory.groupCount.toLocaleString()}</a></dd></div>
      <div><dt>Last request</dt><dd title=${formatTime(directory.health.lastRequestAt)}>${relativeTime(directory.health.lastRequestAt)}</dd></div>
      <div><dt>Failures (24 h)</dt><dd>${directory.health.failuresLast24h} of ${directory.health.requestsLast24h}</dd></div>
    </dl>
    <div class="field">
      <label for=${urlId}>Base URL</label>
      <div class="copy-row">
        <input id=${urlId} class="mono" readonly value=${directory.baseUrl} onFocus=${e => e.currentTarget.select()} />
        <${CopyButton} text=${directory.baseUrl} label=${`Copy the Base URL of ${directory.name}`} />
      </div>
      <p class="hint">Paste it into the IdP's SCIM connector Base URL, with a bearer token below.</p>
    </div>
    <${TokenDialogs} directory=${directory} onChanged=${onChanged} />
    ${canWrite ? html`<div class="actions danger-zone">
      <button type="button" class="danger" onClick=${() => setDeleting(true)}>Delete directory</button>
    </div>` : null}
    <${DeleteDirectoryDialog} directory=${directory} open=${deleting} onClose=${() => setDeleting(false)} onDeleted=${onChanged} />
  </article>`;
}

export function ScimScreen() {
  const { accountId, canWrite } = useSession();
  const query = useQuery('ScimDirectories', { accountId }, { every: 30000 });
  if (!query.data) return query.error ? html`<${ErrorBanner} error=${query.error} />` : html`<${Loading} />`;
  const { settings, directories } = query.data.directory;
  return html`<h1>Directory Services · SCIM</h1>
    <${ErrorBanner} error=${query.error} />
    <${ScimSwitch} enabled=${settings.enabled} onSaved=${query.reload} />
    ${canWrite ? html`<${CreateDirectory} onCreated=${query.reload} />` : null}
    <section aria-labelledby="directories-title">
      <h2 id="directories-title">Directories</h2>
      ${directories.length === 0
        ? html`<${Empty} title="No directory yet">
            <p>${canWrite ? 'Create one above, then paste its Base URL and a bearer token into your IdP.' : 'An editor creates one; its Base URL and token go into your IdP.'}</p>
          <//>`
        : directories.map(d => html`<${DirectoryCard} key=${d.id} directory=${d} onChanged=${query.reload} />`)}
    </section>`;
}
