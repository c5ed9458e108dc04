import { AuditScreen } from './audit.js';
import { EventsScreen } from './events.js';
import { GroupsScreen } from './groups.js';
import { LicensesScreen } from './licenses.js';
import { ScimScreen } from './scim.js';
import { SettingsScreen } from './settings.js';
import { UsersScreen } from './users.js';

/** The navigation, in the order of the setup story: connect the IdP, see the users, give licences, watch events. */
export const screens = [
  { path: 'scim', title: 'Directory Services · SCIM', component: ScimScreen },
  { path: 'users', title: 'Users Directory', component: UsersScreen },
  { path: 'groups', title: 'Groups', component: GroupsScreen },
  { path: 'licenses', title: 'SDP licences', component: LicensesScreen },
  { path: 'events', title: 'Events', component: EventsScreen },
  { path: 'audit', title: 'Audit trail', component: AuditScreen },
  { path: 'settings', title: 'Settings', component: SettingsScreen },
];

export const screenFor = path => screens.find(s => s.path === path) ?? screens[0];
