// What happened, in the words an admin uses; the API's codes stay in the tooltips and the filters.
const operations = {
  USER_CREATED: 'User created', USER_TAKEN_OVER: 'User taken over', USER_UPDATED: 'User updated', USER_DEACTIVATED: 'User disabled',
  USER_REACTIVATED: 'User reactivated', USER_UNLINKED: 'User unlinked', USER_DELETED: 'User deleted', GROUP_CREATED: 'Group created',
  GROUP_RENAMED: 'Group renamed', GROUP_TAKEN_OVER: 'Group taken over', GROUP_DELETED: 'Group deleted', GROUP_MEMBERS_ADDED: 'Members added',
  GROUP_MEMBERS_REMOVED: 'Members removed', DIRECTORY_DELETED: 'Directory deleted', REQUESTS_REFUSED: 'Requests refused',
  LICENSE_ASSIGNED: 'Licence assigned', LICENSE_RELEASED: 'Licence released', LICENSE_POOL_EXHAUSTED: 'Licence pool exhausted',
  LICENSE_RULE_ORPHANED: 'Licence rule orphaned', USER_CREATE: 'Create failed', USER_REPLACE: 'Update failed', USER_PATCH: 'Update failed',
  USER_DELETE: 'Delete failed', GROUP_CREATE: 'Group create failed', GROUP_REPLACE: 'Group update failed', GROUP_PATCH: 'Group update failed',
  GROUP_DELETE: 'Group delete failed', OTHER: 'Other',
};

export const operationText = code => operations[code] ?? code;
export const operationCodes = Object.keys(operations);
