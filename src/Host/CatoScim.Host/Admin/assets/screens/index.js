import { ScimScreen } from './scim.js';
import { SettingsScreen } from './settings.js';

/** The navigation, in the order of the setup story: connect the IdP, see the users, give licences, watch events. */
export const screens = [
  { path: 'scim', title: 'Directory Services · SCIM', component: ScimScreen },
  { path: 'settings', title: 'Settings', component: SettingsScreen },
];

export const screenFor = path => screens.find(s => s.path === path) ?? screens[0];
