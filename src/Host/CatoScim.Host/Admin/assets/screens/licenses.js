import { useMutation, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { useSession } from '../session.js';
import { ErrorBanner, Field, Loading, described } from '../ui.js';
import { LicenseQueue } from './licenses-queue.js';
import { LicenseRules } from './licenses-rules.js';
import { UserList } from './users.js';

/** The pool as a ring: allocated seats out of the total, with what is left and who waits. */
function PoolGauge({ pool }) {
  const share = pool.total ? Math.min(1, pool.allocated / pool.total) : 0;
  const r = 40;
  const length = 2 * Math.PI * r;
  const tone = pool.pending > 0 ? 'var(--bad)' : share > 0.9 ? 'var(--warn)' : 'var(--ok)';
  return html`<div class="gauge">
    <svg viewBox="0 0 100 100" role="img" aria-label=${`${pool.allocated} of ${pool.total} licences allocated, ${pool.available} available, ${pool.pending} pending`}>
      <circle cx="50" cy="50" r=${r} fill="none" stroke="#e3e6eb" stroke-width="12" />
      <circle cx="50" cy="50" r=${r} fill="none" stroke=${tone} stroke-width="12" stroke-dasharray=${`${share * length} ${length}`} transform="rotate(-90 50 50)" />
      <text x="50" y="55" text-anchor="middle" font-size="16" font-weight="700">${Math.round(share * 100)}%</text>
    </svg>
    <dl class="facts">
      <div><dt>Total</dt><dd data-pool="total">${pool.total}</dd></div>
      <div><dt>Allocated</dt><dd data-pool="allocated">${pool.allocated}</dd></div>
      <div><dt>Available</dt><dd data-pool="available">${pool.available}</dd></div>
      <div><dt>Pending</dt><dd data-pool="pending">${pool.pending}</dd></div>
    </dl>
  </div>`;
}

function PoolForm({ pool, onSaved }) {
  const { accountId } = useSession();
  const [total, setTotal] = useState(String(pool.total));
  const [release, setRelease] = useState(pool.releaseOnDisable);
  useEffect(() => { setTotal(String(pool.total)); setRelease(pool.releaseOnDisable); }, [pool]);
  const save = useMutation('UpdateLicensePool');
  const submit = async event => {
    event.preventDefault();
    if (await save.run({ accountId, input: { total: Number(total), releaseOnDisable: release } })) onSaved();
  };
  const totalProps = { field: 'input.total', error: save.error, hint: true };
  return html`<form class="inline-form" onSubmit=${submit} aria-label="Licence pool size">
    <${Field} id="pool-total" label="Seats bought" hint="Not below the seats allocated." ...${totalProps}>
      <input ...${described('pool-total', totalProps)} type="number" min="0" required value=${total} onInput=${e => setTotal(e.currentTarget.value)} />
    <//>
    <label class="check"><input type="checkbox" checked=${release} onChange=${e => setRelease(e.currentTarget.checked)} /> Disabled users give their seat back</label>
    <button type="submit" disabled=${save.busy}>Save pool</button>
    <${ErrorBanner} error=${save.error} claimed=${['input.total']} />
  </form>`;
}

export function LicensesScreen({ route }) {
  const { accountId, canWrite } = useSession();
  const query = useQuery('Licensing', { accountId }, { every: 30000 });
  const [version, setVersion] = useState(0);
  const changed = () => { query.reload(); setVersion(v => v + 1); };
  if (!query.data) return query.error ? html`<${ErrorBanner} error=${query.error} />` : html`<${Loading} />`;
  const { pool, rules } = query.data.licensing;
  return html`<h1>SDP licences</h1>
    <section class="card" aria-labelledby="pool-title">
      <h2 id="pool-title">Pool${pool.sku ? ` · ${pool.sku}` : ''}</h2>
      <${PoolGauge} pool=${pool} />
      ${canWrite ? html`<${PoolForm} pool=${pool} onSaved=${changed} />` : null}
    </section>
    <${LicenseRules} rules=${rules.items} onChanged=${changed} />
    ${canWrite ? html`<section class="card" aria-labelledby="assign-title">
      <h2 id="assign-title">Assign or unassign users</h2>
      <p class="hint">Select users, then assign or unassign their licences in one step. Assigning creates a USER rule for each.</p>
      <${UserList} path="licenses" params=${route.params} onChanged=${changed} />
    </section>` : null}
    <${LicenseQueue} version=${version} />`;
}
