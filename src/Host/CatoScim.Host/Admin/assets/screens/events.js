import { call } from '../api.js';
import { useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { Empty, ErrorBanner, Loading } from '../ui.js';
import { ActionBadge } from './badges.js';
import { EventsChart } from './events-chart.js';
import { EventFilters, feedFilter } from './events-filters.js';
import { operationText } from './words.js';

const PageSize = 100;
const Hour = 3600 * 1000;

function Overview({ range }) {
  const { accountId } = useSession();
  const [now] = useState(() => Math.ceil(Date.now() / Hour) * Hour);
  const from = new Date(now - (range === 'week' ? 168 : 24) * Hour).toISOString();
  const to = new Date(now).toISOString();
  const query = useQuery('EventsOverview', { accountId, timeFrame: { from, to }, timeline: { from, to } }, { every: 60000 });
  const data = query.data?.events;
  return html`<${ErrorBanner} error=${query.error} />
    ${data ? html`<div class="card row" aria-label="Totals">
      <strong>${data.summary.total.toLocaleString()} events</strong>
      ${data.summary.byAction.map(a => html`<span><${ActionBadge} action=${a.action} /> ${a.count.toLocaleString()}</span>`)}
    </div>
    <${EventsChart} buckets=${data.timeline.buckets} title=${`Events per hour, last ${range === 'week' ? '7 days' : '24 hours'}`} />` : query.error ? null : html`<${Loading} />`}`;
}

export function EventsScreen({ route }) {
  const { accountId } = useSession();
  const params = route.params;
  const [live, setLive] = useState(true);
  const input = { limit: PageSize, filter: feedFilter(params) };
  const first = useQuery('EventsFeed', { accountId, input }, { every: live ? 15000 : 0 });
  const [more, setMore] = useState({ items: [], marker: null, busy: false, error: null });
  useEffect(() => setMore({ items: [], marker: null, busy: false, error: null }), [JSON.stringify(input)]);
  const page = first.data?.events.feed;
  const marker = more.marker ?? page?.marker;
  const hasMore = more.marker ? more.hasMore : page?.hasMore;
  const loadMore = async () => {
    setMore(m => ({ ...m, busy: true }));
    try {
      const next = (await call('EventsFeed', { accountId, input: { ...input, marker } })).events.feed;
      setMore(m => ({ items: [...m.items, ...next.items], marker: next.marker, hasMore: next.hasMore, busy: false, error: null }));
    } catch (error) {
      setMore(m => ({ ...m, busy: false, error }));
    }
  };
  const items = [...(page?.items ?? []), ...more.items];
  return html`<h1>Events</h1>
    <div class="row">
      <label class="check"><input type="checkbox" checked=${live} onChange=${e => setLive(e.currentTarget.checked)} /> Refresh every 15 seconds</label>
      <label for="chart-range">Chart</label>
      <select id="chart-range" value=${params.range ?? 'day'} onChange=${e => replaceParams('events', { ...params, range: e.currentTarget.value })}>
        <option value="day">Last 24 hours</option><option value="week">Last 7 days</option>
      </select>
    </div>
    <${Overview} range=${params.range ?? 'day'} />
    <${EventFilters} params=${params} />
    <${ErrorBanner} error=${first.error ?? more.error} />
    ${!page ? html`<${Loading} />` : items.length === 0 ? html`<${Empty} title="No events match">
        <p>Events appear as the IdP provisions users and groups, and as licences follow.</p><//>` : html`
      <div class="table-wrap"><table aria-busy=${first.loading} aria-live="polite">
        <caption class="sr-only">Provisioning events, newest first</caption>
        <thead><tr><th scope="col">Time</th><th scope="col">Result</th><th scope="col">What</th><th scope="col">Who or what</th><th scope="col">Details</th></tr></thead>
        <tbody>${items.map(e => html`<tr key=${e.id}>
          <td>${new Date(e.time).toLocaleString()}</td><td><${ActionBadge} action=${e.action} /></td>
          <td title=${e.operation}>${operationText(e.operation)}${e.count > 1 ? ` ×${e.count}` : ''}</td>
          <td>${e.resourceType === 'USER' && e.resourceId ? html`<a href=${`#/users/${e.resourceId}`}>${e.displayName}</a>` : e.displayName}</td>
          <td>${e.reason ?? e.message}${e.httpStatus ? html` <span class="muted">HTTP ${e.httpStatus}</span>` : null}</td>
        </tr>`)}</tbody>
      </table></div>
      ${hasMore ? html`<button type="button" disabled=${more.busy} onClick=${loadMore}>${more.busy ? 'Loading…' : 'Older events'}</button>` : null}`}`;
}
