import { useMutation, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { useSession } from '../session.js';
import { ErrorBanner, Field, Loading, described } from '../ui.js';
import { ApiKeys } from './settings-keys.js';

const lines = text => text.split(/[\n,;]+/).map(s => s.trim()).filter(Boolean);

function AccountForm({ account, onSaved }) {
  const { accountId, canWrite } = useSession();
  const [name, setName] = useState(account.name);
  const [identity, setIdentity] = useState(account.userIdentity);
  useEffect(() => { setName(account.name); setIdentity(account.userIdentity); }, [account]);
  const save = useMutation('UpdateAccount');
  const submit = async event => {
    event.preventDefault();
    if (await save.run({ accountId, input: { name: name.trim(), userIdentity: identity } })) onSaved();
  };
  const nameProps = { field: 'input.name', error: save.error };
  const identityProps = { field: 'input.userIdentity', error: save.error, hint: true };
  return html`<form class="card" onSubmit=${submit} aria-labelledby="account-title">
    <h2 id="account-title">Account</h2>
    <fieldset disabled=${!canWrite}>
      <${Field} id="account-name" label="Account name" ...${nameProps}>
        <input ...${described('account-name', nameProps)} required maxlength="200" value=${name} onInput=${e => setName(e.currentTarget.value)} />
      <//>
      <${Field} id="account-identity" label="User identity" hint="SCIM needs EMAIL: IdPs send email user names." ...${identityProps}>
        <select ...${described('account-identity', identityProps)} value=${identity} onChange=${e => setIdentity(e.currentTarget.value)}>
          <option value="EMAIL">Email</option><option value="UPN">UPN</option>
        </select>
      <//>
    </fieldset>
    <${ErrorBanner} error=${save.error} claimed=${['input.name', 'input.userIdentity']} />
    ${canWrite ? html`<button type="submit" class="primary" disabled=${save.busy}>Save</button>` : null}
  </form>`;
}

function DigestForm({ digest, onSaved }) {
  const { accountId, canWrite } = useSession();
  const [enabled, setEnabled] = useState(digest.enabled);
  const [recipients, setRecipients] = useState(digest.recipients.join('\n'));
  useEffect(() => { setEnabled(digest.enabled); setRecipients(digest.recipients.join('\n')); }, [digest]);
  const save = useMutation('UpdateDigestSettings');
  const test = useMutation('SendTestDigestEmail');
  const [tested, setTested] = useState(null);
  const submit = async event => {
    event.preventDefault();
    if (await save.run({ accountId, input: { enabled, recipients: lines(recipients) } })) onSaved();
  };
  const sendTest = async () => {
    const data = await test.run({ accountId });
    setTested(data ? data.events.sendTestDigestEmail.recipients : null);
  };
  const recipientProps = { field: 'input.recipients', error: save.error, hint: true };
  return html`<form class="card" onSubmit=${submit} aria-labelledby="digest-title">
    <h2 id="digest-title">Provisioning digest</h2>
    <fieldset disabled=${!canWrite}>
      <label class="check"><input type="checkbox" checked=${enabled} onChange=${e => setEnabled(e.currentTarget.checked)} /> Send the hourly digest email</label>
      <${Field} id="digest-recipients" label="Recipients" hint="One email address per line; the same people get the alerts." ...${recipientProps}>
        <textarea ...${described('digest-recipients', recipientProps)} rows="3" value=${recipients} onInput=${e => setRecipients(e.currentTarget.value)}></textarea>
      <//>
    </fieldset>
    <${ErrorBanner} error=${save.error} claimed=${['input.recipients']} />
    <${ErrorBanner} error=${test.error} />
    ${tested ? html`<p class="banner ok" role="status">Test email sent to ${tested.join(', ')}.</p>` : null}
    ${canWrite ? html`<div class="actions">
      <button type="submit" class="primary" disabled=${save.busy}>Save</button>
      <button type="button" disabled=${test.busy} onClick=${sendTest}>${test.busy ? 'Sending…' : 'Send a test email'}</button>
    </div>` : null}
  </form>`;
}

const alertKinds = [
  ['directoryFailing', 'A SCIM directory starts failing (and when it recovers)'],
  ['tokenExpiring', 'A SCIM token is about to expire'],
  ['licensePoolExhausted', 'The licence pool runs out while users wait for a seat'],
];

function AlertsForm({ settings, onSaved }) {
  const { accountId, canWrite } = useSession();
  const [values, setValues] = useState(settings);
  useEffect(() => setValues(settings), [settings]);
  const save = useMutation('UpdateAlertSettings');
  const submit = async event => {
    event.preventDefault();
    const { directoryFailing, tokenExpiring, licensePoolExhausted, tokenWarningDays } = values;
    if (await save.run({ accountId, input: { directoryFailing, tokenExpiring, licensePoolExhausted, tokenWarningDays: Number(tokenWarningDays) } })) onSaved();
  };
  const daysProps = { field: 'input.tokenWarningDays', error: save.error };
  return html`<form class="card" onSubmit=${submit} aria-labelledby="alerts-title">
    <h2 id="alerts-title">Alerts</h2>
    <fieldset disabled=${!canWrite}>
      <legend>Email the recipients at once when</legend>
      ${alertKinds.map(([key, label]) => html`<label class="check"><input type="checkbox" checked=${values[key]}
        onChange=${e => setValues({ ...values, [key]: e.currentTarget.checked })} /> ${label}</label>`)}
      <${Field} id="alerts-days" label="Token warning (days before expiry)" ...${daysProps}>
        <input ...${described('alerts-days', daysProps)} type="number" min="1" max="90" value=${values.tokenWarningDays}
          onInput=${e => setValues({ ...values, tokenWarningDays: e.currentTarget.value })} />
      <//>
    </fieldset>
    <${ErrorBanner} error=${save.error} claimed=${['input.tokenWarningDays']} />
    ${canWrite ? html`<button type="submit" class="primary" disabled=${save.busy}>Save</button>` : null}
  </form>`;
}

export function SettingsScreen() {
  const { accountId } = useSession();
  const query = useQuery('Settings', { accountId });
  if (!query.data) return query.error ? html`<${ErrorBanner} error=${query.error} />` : html`<${Loading} />`;
  const { account, events } = query.data;
  return html`<h1>Settings</h1>
    <${AccountForm} account=${account} onSaved=${query.reload} />
    <${DigestForm} digest=${events.digest} onSaved=${query.reload} />
    <${AlertsForm} settings=${events.alertSettings} onSaved=${query.reload} />
    <${ApiKeys} keys=${account.apiKeys} onChanged=${query.reload} />`;
}
