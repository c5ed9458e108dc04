import { html } from '../lib.js';
import { Badge } from '../ui.js';

export const StatusBadge = ({ status }) =>
  html`<${Badge} tone=${status === 'ACTIVE' ? 'ok' : 'neutral'}>${status === 'ACTIVE' ? 'Active' : 'Disabled'}<//>`;

const licenseTone = { ASSIGNED: 'ok', PENDING: 'warn', NONE: 'neutral' };
const licenseText = { ASSIGNED: 'Assigned', PENDING: 'Pending', NONE: 'None' };
export const LicenseBadge = ({ status }) => html`<${Badge} tone=${licenseTone[status]}>${licenseText[status] ?? status}<//>`;

const actionTone = { SUCCESS: 'ok', FAILURE: 'bad', DISABLED: 'warn' };
const actionText = { SUCCESS: 'Success', FAILURE: 'Failure', DISABLED: 'Disabled' };
export const ActionBadge = ({ action }) => html`<${Badge} tone=${actionTone[action]}>${actionText[action] ?? action}<//>`;
