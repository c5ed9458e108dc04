import { useDebounced, useQuery } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { ErrorBanner, Pager, formatTime } from '../ui.js';
import { LicenseBadge } from './badges.js';

const PageSize = 50;

/** Who holds or waits for a seat: the pending queue in allocation order by default, searchable by user name. */
export function LicenseQueue({ version }) {
  const { accountId } = useSession();
  const [status, setStatus] = useState('PENDING');
  const [name, setName] = useState('');
  const [from, setFrom] = useState(0);
  const userName = useDebounced(name);
  const filter = { ...(status ? { status } : {}), ...(userName ? { userName } : {}) };
  const query = useQuery('LicenseAssignments', { accountId, input: { filter, paging: { from, limit: PageSize } } }, { version });
  const page = query.data?.licensing.assignments;
  return html`<section class="card" aria-labelledby="queue-title">
    <h2 id="queue-title">Seats and the pending queue</h2>
    <div class="filters">
      <div class="field"><label for="queue-status">Show</label>
        <select id="queue-status" value=${status} onChange=${e => { setStatus(e.currentTarget.value); setFrom(0); }}>
          <option value="PENDING">Waiting for a seat</option><option value="ASSIGNED">Holding a seat</option><option value="">Both</option>
        </select></div>
      <div class="field"><label for="queue-user">User name</label>
        <input id="queue-user" type="search" value=${name} onInput=${e => { setName(e.currentTarget.value); setFrom(0); }} /></div>
    </div>
    <${ErrorBanner} error=${query.error} />
    ${page && page.items.length === 0 ? html`<p class="muted">${status === 'PENDING' ? 'Nobody is waiting for a seat.' : 'Nobody matches.'}</p>` : null}
    ${page?.items.length ? html`<div class="table-wrap"><table>
      <thead><tr><th scope="col">User</th><th scope="col">Status</th><th scope="col">Via</th><th scope="col">Since</th></tr></thead>
      <tbody>${page.items.map(a => html`<tr key=${a.userId}><td><a href=${`#/users/${a.userId}`}>${a.userName}</a></td>
        <td><${LicenseBadge} status=${a.status} /></td><td>${a.via}</td><td>${formatTime(a.since)}</td></tr>`)}</tbody>
    </table></div>
    <${Pager} total=${page.paging.total} from=${from} limit=${PageSize} label="users" onChange=${setFrom} />` : null}
  </section>`;
}
