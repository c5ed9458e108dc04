import { call } from '../api.js';
import { useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { Empty, ErrorBanner, Loading } from '../ui.js';

const PageSize = 100;

/** Who changed what and from where (the admin audit trail): field names only, never values or secrets. */
export function AuditScreen({ route }) {
  const { accountId } = useSession();
  const params = route.params;
  const filter = Object.fromEntries(Object.entries({ actor: params.actor, targetType: params.targetType, targetId: params.targetId }).filter(([, v]) => v));
  const input = { limit: PageSize, filter };
  const first = useQuery('AuditFeed', { accountId, input }, { every: 30000 });
  const [more, setMore] = useState({ items: [], marker: null, hasMore: false, busy: false, error: null });
  useEffect(() => setMore({ items: [], marker: null, hasMore: false, busy: false, error: null }), [JSON.stringify(filter)]);
  const page = first.data?.audit.feed;
  const marker = more.marker ?? page?.marker;
  const hasMore = more.marker ? more.hasMore : page?.hasMore;
  const loadMore = async () => {
    setMore(m => ({ ...m, busy: true }));
    try {
      const next = (await call('AuditFeed', { accountId, input: { ...input, marker } })).audit.feed;
      setMore(m => ({ items: [...m.items, ...next.items], marker: next.marker, hasMore: next.hasMore, busy: false, error: null }));
    } catch (error) {
      setMore(m => ({ ...m, busy: false, error }));
    }
  };
  const set = changes => replaceParams('audit', { ...params, ...changes });
  const items = [...(page?.items ?? []), ...more.items];
  return html`<h1>Audit trail</h1>
    <form class="card filters" role="search" aria-label="Filter the audit trail" onSubmit=${e => e.preventDefault()}>
      <div class="field"><label for="audit-actor">Actor</label>
        <input id="audit-actor" placeholder="apikey:…, cli, system" value=${params.actor ?? ''} onChange=${e => set({ actor: e.currentTarget.value.trim() || undefined })} /></div>
      <div class="field"><label for="audit-target">Target type</label>
        <input id="audit-target" placeholder="SCIM_TOKEN, USER, LICENSE_RULE…" value=${params.targetType ?? ''} onChange=${e => set({ targetType: e.currentTarget.value.trim().toUpperCase() || undefined })} /></div>
    </form>
    <${ErrorBanner} error=${first.error ?? more.error} />
    ${!page ? html`<${Loading} />` : items.length === 0 ? html`<${Empty} title="No admin change recorded"><p>Changes made with API keys or the CLI appear here.</p><//>` : html`
      <div class="table-wrap"><table>
        <thead><tr><th scope="col">Time</th><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Fields</th><th scope="col">From</th></tr></thead>
        <tbody>${items.map(r => html`<tr key=${r.id}>
          <td>${new Date(r.occurredAt).toLocaleString()}</td><td class="mono">${r.actor}</td><td>${r.action}</td>
          <td>${r.targetType}${r.targetId ? html` <span class="mono muted">${r.targetId}</span>` : null}</td>
          <td>${r.changedFields.join(', ')}</td><td>${r.clientAddress ?? '—'}</td>
        </tr>`)}</tbody>
      </table></div>
      ${hasMore ? html`<button type="button" disabled=${more.busy} onClick=${loadMore}>${more.busy ? 'Loading…' : 'Older changes'}</button>` : null}`}`;
}
