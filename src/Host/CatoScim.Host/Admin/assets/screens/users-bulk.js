import { useMutation } from '../hooks.js';
import { html, useState } from '../lib.js';
import { useSession } from '../session.js';
import { ErrorBanner } from '../ui.js';

const outcomeText = {
  ASSIGNED: 'assigned', PENDING: 'waiting for a seat', INACTIVE: 'assigned once reactivated', ALREADY_ASSIGNED: 'already assigned',
  UNASSIGNED: 'unassigned', STILL_COVERED: 'still covered by a group or all-users rule', NOT_ASSIGNED: 'had no licence', NOT_FOUND: 'not found',
};

function summary(changes) {
  const counts = new Map();
  for (const c of changes) counts.set(c.outcome, (counts.get(c.outcome) ?? 0) + 1);
  return [...counts].map(([outcome, n]) => `${n} ${outcomeText[outcome] ?? outcome}`).join(', ');
}

/** Assign or unassign SDP licences for the selected users in one call (USER rules; the pool is never over-allocated). */
export function BulkLicenses({ selected, onDone }) {
  const { accountId } = useSession();
  const assign = useMutation('AssignLicenses');
  const unassign = useMutation('UnassignLicenses');
  const [result, setResult] = useState(null);
  const run = async (mutation, field) => {
    const data = await mutation.run({ accountId, input: { userIds: [...selected.keys()] } });
    if (!data) return;
    const payload = data.licensing[field];
    const pool = payload.licensePool;
    setResult(`${summary(payload.changes)}. Pool: ${pool.allocated} of ${pool.total} allocated, ${pool.available} available, ${pool.pending} pending.`);
    onDone();
  };
  const busy = assign.busy || unassign.busy;
  return html`<div class="card row" aria-label="Bulk licence changes">
    <span role="status">${selected.size} selected</span>
    <button type="button" class="primary" disabled=${busy || selected.size === 0} onClick=${() => run(assign, 'assignLicenses')}>Assign licences</button>
    <button type="button" disabled=${busy || selected.size === 0} onClick=${() => run(unassign, 'unassignLicenses')}>Unassign licences</button>
    ${result ? html`<p class="banner ok" role="status">${result}</p>` : null}
    <${ErrorBanner} error=${assign.error ?? unassign.error} />
  </div>`;
}
