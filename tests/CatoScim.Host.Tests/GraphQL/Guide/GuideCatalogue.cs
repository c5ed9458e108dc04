using static CatoScim.Host.Tests.GraphQL.Guide.GuideEffect;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>
/// The admin console's screens and, for each, the persisted documents it sends with an example of their variables:
/// the source of the generated part of docs/graphql.md, and what GuideExamplesTests runs over HTTP. Every file under
/// GraphQL/Documents appears here exactly once, so a new document cannot ship without an example that runs.
/// </summary>
internal static class GuideCatalogue
{
    public static IReadOnlyList<GuideScreen> Screens { get; } =
    [
        new("Sign in",
        [
            new("Viewer", Read, "Sent with the key the admin pastes: `role` decides whether the console shows editing controls, and `account.id` is the `accountId` of every later call.",
                "{}"),
        ]),
        new("Directory Services · SCIM",
        [
            new("ScimDirectories", Read, "Lists the SCIM switch and every directory with its Base URL, counts, health and tokens (metadata only: a secret is never readable again).",
                """{ "accountId": "ACCOUNT_ID" }"""),
            new("UpdateScimSettings", Change, "The SCIM on/off switch; off refuses every request of the account's IdPs with 401.",
                """{ "accountId": "ACCOUNT_ID", "input": { "enabled": true } }"""),
            new("CreateScimDirectory", Change, "Adds an IdP connection and shows its `baseUrl` for the admin to paste into the IdP.",
                """{ "accountId": "ACCOUNT_ID", "input": { "name": "Okta production", "provider": "OKTA" } }"""),
            new("CreateScimToken", Change, "Issues a bearer token for a directory; `token` is the secret, shown in this answer only.",
                """{ "accountId": "ACCOUNT_ID", "input": { "directoryId": "DIRECTORY_ID", "name": "Okta app", "expiresAt": "2026-12-31T00:00:00Z" } }"""),
            new("RotateScimToken", Change, "Replaces a token without a gap: the new secret is shown once and the old token keeps working for `graceMinutes`.",
                """{ "accountId": "ACCOUNT_ID", "input": { "tokenId": "TOKEN_ID", "graceMinutes": 60 } }"""),
            new("RevokeScimToken", Destroy, "Stops a token at once: the IdP's next request with it is refused.",
                """{ "accountId": "ACCOUNT_ID", "input": { "tokenId": "TOKEN_ID" } }"""),
            new("DeleteScimDirectory", Destroy, "Revokes the directory's tokens and deletes it; its users stay, unlinked.",
                """{ "accountId": "ACCOUNT_ID", "input": { "directoryId": "DIRECTORY_ID" } }"""),
        ]),
        new("Users Directory",
        [
            new("Users", Read, "The users table: search and filters, one page sorted by a column, `paging.total` for the pager.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "input": {
                    "filter": { "search": "acme.com", "statuses": ["ACTIVE"], "groupId": "GROUP_ID", "licenseStatuses": ["ASSIGNED"] },
                    "paging": { "from": 0, "limit": 50 },
                    "sort": { "field": "NAME", "direction": "ASC" }
                  }
                }
                """),
            new("UserFilterOptions", Read, "Fills the directory and group drop-downs of the filters.",
                """{ "accountId": "ACCOUNT_ID" }"""),
            new("AssignLicenses", Change, "Bulk action on the selected rows: a USER rule for each user, one outcome per user and the pool as the call left it.",
                """{ "accountId": "ACCOUNT_ID", "input": { "userIds": ["USER_ID", "MANUAL_USER_ID"] } }"""),
            new("UnassignLicenses", Change, "Bulk action: removes the selected users' USER rules; `STILL_COVERED` says a group or all-users rule still covers a user.",
                """{ "accountId": "ACCOUNT_ID", "input": { "userIds": ["MANUAL_USER_ID"] } }"""),
        ]),
        new("A user",
        [
            new("User", Read, "The user's page: attributes, directory, groups, audit, the licence with the rules that cover it, and its latest provisioning events.",
                """{ "accountId": "ACCOUNT_ID", "id": "USER_ID" }"""),
            new("DeleteUser", Destroy, "Deletes the user for good; an active user a SCIM directory provisions also needs `\"force\": true`, since its IdP would recreate it.",
                """{ "accountId": "ACCOUNT_ID", "input": { "userId": "USER_ID" } }"""),
        ]),
        new("Groups",
        [
            new("Groups", Read, "The groups table: search, origin and directory filters, one page sorted by name, member count or time.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "input": {
                    "filter": { "search": "eng" },
                    "paging": { "from": 0, "limit": 50 },
                    "sort": { "field": "MEMBER_COUNT", "direction": "DESC" }
                  }
                }
                """),
            new("CreateGroup", Change, "Creates a MANUAL group, edited on the console; a name the account already has, in any case, is a `CONFLICT` on `input.name`.",
                """{ "accountId": "ACCOUNT_ID", "input": { "name": "Contractors" } }"""),
        ]),
        new("A group",
        [
            new("Group", Read, "The group's page: its directory, audit and one page of its members.",
                """{ "accountId": "ACCOUNT_ID", "id": "GROUP_ID", "members": { "paging": { "from": 0, "limit": 50 } } }"""),
            new("UpdateGroup", Change, "Renames a MANUAL group (or a SCIM group whose directory was deleted); a group its IdP manages is refused on `input.groupId`.",
                """{ "accountId": "ACCOUNT_ID", "input": { "groupId": "MANUAL_GROUP_ID", "name": "Vendors and partners" } }"""),
            new("AddGroupMembers", Change, "Adds the users picked from a search (the Users document with `filter.search`); users already in the group are skipped.",
                """{ "accountId": "ACCOUNT_ID", "input": { "groupId": "MANUAL_GROUP_ID", "userIds": ["MANUAL_USER_ID"] } }"""),
            new("RemoveGroupMembers", Change, "Removes the selected members from the group; the users are kept.",
                """{ "accountId": "ACCOUNT_ID", "input": { "groupId": "MANUAL_GROUP_ID", "userIds": ["USER_ID"] } }"""),
            new("DeleteGroup", Destroy, "Deletes a MANUAL group and its memberships; the users stay, and a licence rule for the group is orphaned.",
                """{ "accountId": "ACCOUNT_ID", "input": { "groupId": "MANUAL_GROUP_ID" } }"""),
        ]),
        new("SDP licences",
        [
            new("Licensing", Read, "The pool (seats bought, allocated, available, waiting) and every rule with the user or group it names, orphaned ones flagged.",
                """{ "accountId": "ACCOUNT_ID" }"""),
            new("LicenseAssignments", Read, "The seat queue: who holds or waits for a seat, in allocation order, searchable by userName.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "input": {
                    "filter": { "userName": "acme.com" },
                    "paging": { "from": 0, "limit": 50 },
                    "sort": { "field": "ALLOCATION_ORDER", "direction": "ASC" }
                  }
                }
                """),
            new("UpdateLicensePool", Change, "Saves the seats bought, the term and whether deactivated users give their seat back; fewer seats than allocated is refused.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "input": { "total": 100, "termStart": "2026-01-01T00:00:00Z", "termEnd": "2026-12-31T00:00:00Z", "releaseOnDisable": true }
                }
                """),
            new("CreateLicenseRule", Change, "Adds a USER, GROUP or ALL_SCIM_USERS rule; seats follow at once as far as the pool has them.",
                """{ "accountId": "ACCOUNT_ID", "input": { "kind": "GROUP", "groupId": "GROUP_ID" } }"""),
            new("DeleteLicenseRule", Destroy, "Removes a rule: users no other rule covers lose their seat, and waiting users get the freed seats.",
                """{ "accountId": "ACCOUNT_ID", "input": { "ruleId": "RULE_ID" } }"""),
        ]),
        new("Events",
        [
            new("EventsFeed", Read, "The provisioning history, newest first, filtered by result, resource type or source; \"Older events\" sends the page's `marker` back.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "input": {
                    "limit": 100,
                    "filter": { "actions": ["SUCCESS", "FAILURE"], "resourceTypes": ["USER", "GROUP"], "sources": ["SCIM"] },
                    "sort": { "direction": "DESC" }
                  }
                }
                """),
            new("EventsOverview", Read, "The chart and totals above the feed: events per hour by result for the last day or week (whole UTC hours, every hour listed, at most 744) and the same window's totals by result.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "timeFrame": { "from": "2026-01-04T11:00:00Z", "to": "2026-01-05T11:00:00Z" },
                  "timeline": { "from": "2026-01-04T11:00:00Z", "to": "2026-01-05T11:00:00Z", "directoryId": "DIRECTORY_ID" }
                }
                """),
        ]),
        new("Audit trail",
        [
            new("AuditFeed", Read, "Who changed what and from where, newest first, filtered by target type or actor, paged with `marker` like the events.",
                """{ "accountId": "ACCOUNT_ID", "input": { "limit": 100, "filter": { "targetType": "SCIM_TOKEN" }, "sort": { "direction": "DESC" } } }"""),
        ]),
        new("Settings",
        [
            new("Settings", Read, "The account form, the API keys (metadata only) and the digest and alert switches.",
                """{ "accountId": "ACCOUNT_ID" }"""),
            new("UpdateAccount", Change, "Saves the account form: name, user identity and alert recipients.",
                """{ "accountId": "ACCOUNT_ID", "input": { "name": "Acme", "userIdentity": "EMAIL", "alertRecipients": ["ops@acme.com"] } }"""),
            new("UpdateDigestSettings", Change, "The hourly digest switch and its recipients, which are the account's alert recipients.",
                """{ "accountId": "ACCOUNT_ID", "input": { "enabled": true, "recipients": ["ops@acme.com", "it@acme.com"] } }"""),
            new("SendTestDigestEmail", Change, "Sends a short test message to the alert recipients; again too soon is `RATE_LIMITED`.",
                """{ "accountId": "ACCOUNT_ID" }"""),
            new("UpdateAlertSettings", Change, "The alert switches and how many days before a token expires its warnings start.",
                """
                {
                  "accountId": "ACCOUNT_ID",
                  "input": { "directoryFailing": true, "tokenExpiring": true, "licensePoolExhausted": true, "tokenWarningDays": 14 }
                }
                """),
            new("CreateApiKey", Change, "Issues an admin API key; `key` is the secret, shown in this answer only.",
                """{ "accountId": "ACCOUNT_ID", "input": { "name": "Helpdesk", "role": "VIEWER", "expiresAt": "2026-12-31T00:00:00Z" } }"""),
            new("RevokeApiKey", Destroy, "Revokes a key: its next request is `UNAUTHENTICATED`.",
                """{ "accountId": "ACCOUNT_ID", "input": { "keyId": "API_KEY_ID" } }"""),
        ]),
    ];

    public static IEnumerable<GuideExample> Examples => Screens.SelectMany(s => s.Examples);
}
