import { useDebounced, useQuery } from '../hooks.js';
import { html, useEffect, useState } from '../lib.js';
import { replaceParams } from '../router.js';
import { useSession } from '../session.js';
import { operationCodes, operationText } from './words.js';

const toLocal = iso => (iso ? new Date(new Date(iso).getTime() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16) : '');
const toIso = local => (local ? new Date(local).toISOString() : undefined);

/** The feed filter from the route: emails link to `#/events?from=…&to=…&directoryId=…`. */
export function feedFilter(params) {
  const filter = {
    from: params.from, to: params.to, directoryId: params.directoryId, resourceId: params.resourceId, search: params.search,
    actions: params.action ? [params.action] : undefined, operations: params.operation ? [params.operation] : undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
}

export function EventFilters({ params }) {
  const { accountId } = useSession();
  const directories = useQuery('UserFilterOptions', { accountId }).data?.directory.directories ?? [];
  const [search, setSearch] = useState(params.search ?? '');
  const settled = useDebounced(search);
  const set = changes => replaceParams('events', { ...params, ...changes });
  useEffect(() => { if ((params.search ?? '') !== settled) set({ search: settled || undefined }); }, [settled]);
  return html`<form class="card filters" role="search" aria-label="Filter events" onSubmit=${e => e.preventDefault()}>
    <div class="field"><label for="ev-from">From</label>
      <input id="ev-from" type="datetime-local" value=${toLocal(params.from)} onChange=${e => set({ from: toIso(e.currentTarget.value) })} /></div>
    <div class="field"><label for="ev-to">To</label>
      <input id="ev-to" type="datetime-local" value=${toLocal(params.to)} onChange=${e => set({ to: toIso(e.currentTarget.value) })} /></div>
    <div class="field"><label for="ev-action">Result</label>
      <select id="ev-action" value=${params.action ?? ''} onChange=${e => set({ action: e.currentTarget.value || undefined })}>
        <option value="">Any</option><option value="SUCCESS">Success</option><option value="FAILURE">Failure</option><option value="DISABLED">Disabled</option>
      </select></div>
    <div class="field"><label for="ev-operation">What</label>
      <select id="ev-operation" value=${params.operation ?? ''} onChange=${e => set({ operation: e.currentTarget.value || undefined })}>
        <option value="">Any</option>${operationCodes.map(code => html`<option value=${code}>${operationText(code)} (${code})</option>`)}
      </select></div>
    <div class="field"><label for="ev-directory">Directory</label>
      <select id="ev-directory" value=${params.directoryId ?? ''} onChange=${e => set({ directoryId: e.currentTarget.value || undefined })}>
        <option value="">Any</option>${directories.map(d => html`<option value=${d.id}>${d.name}</option>`)}
      </select></div>
    <div class="field"><label for="ev-search">Search</label>
      <input id="ev-search" type="search" placeholder="User name, external id, message" value=${search} onInput=${e => setSearch(e.currentTarget.value)} /></div>
    ${params.resourceId ? html`<p>Showing the events of one user or group. <a href="#/events">Show all</a></p>` : null}
  </form>`;
}
