using CatoScim.Directory.Contracts.Scim;

namespace CatoScim.Events.Provisioning;

/// <summary>
/// The one vocabulary of the emails: the words an admin uses for each stored operation, so codes such as
/// USER_DEACTIVATED or USER_CREATE never reach a mailbox. Every value of <see cref="ProvisioningOperations.All"/> has
/// its words here; a value another version stored gets words made from its code.
/// </summary>
internal static class EventWords
{
    // The order of a summary line: users, groups, licences, then what failed. A failed SCIM request is named by what
    // the IdP tried; Okta updates users with PUT (USER_REPLACE) and Entra with PATCH, which an admin calls the same.
    private static readonly (string Operation, string One, string Many, bool Failure)[] Known =
    [
        ("USER_CREATED", "user created", "users created", false),
        ("USER_TAKEN_OVER", "user linked to the IdP", "users linked to the IdP", false),
        ("USER_UPDATED", "user updated", "users updated", false),
        ("USER_DEACTIVATED", "user disabled", "users disabled", false),
        ("USER_REACTIVATED", "user re-enabled", "users re-enabled", false),
        ("USER_UNLINKED", "user unlinked", "users unlinked", false),
        ("USER_DELETED", "user deleted", "users deleted", false),
        ("GROUP_CREATED", "group created", "groups created", false),
        ("GROUP_RENAMED", "group renamed", "groups renamed", false),
        ("GROUP_TAKEN_OVER", "group linked to the IdP", "groups linked to the IdP", false),
        ("GROUP_DELETED", "group deleted", "groups deleted", false),
        ("GROUP_MEMBERS_ADDED", "group member addition", "group member additions", false),
        ("GROUP_MEMBERS_REMOVED", "group member removal", "group member removals", false),
        ("DIRECTORY_DELETED", "directory deleted", "directories deleted", false),
        ("LICENSE_ASSIGNED", "licence assigned", "licences assigned", false),
        ("LICENSE_RELEASED", "licence released", "licences released", false),
        ("USER_CREATE", "create failed", "creates failed", true),
        ("USER_REPLACE", "update failed", "updates failed", true),
        ("USER_PATCH", "update failed", "updates failed", true),
        ("USER_DELETE", "delete failed", "deletes failed", true),
        ("GROUP_CREATE", "group create failed", "group creates failed", true),
        ("GROUP_REPLACE", "group update failed", "group updates failed", true),
        ("GROUP_PATCH", "group update failed", "group updates failed", true),
        ("GROUP_DELETE", "group delete failed", "group deletes failed", true),
        (RefusalEventMapper.Operation, "request refused", "requests refused", true),
        ("LICENSE_POOL_EXHAUSTED", "licence pool outage", "licence pool outages", true),
        ("LICENSE_RULE_ORPHANED", "licence rule lost its group", "licence rules lost their group", true),
    ];

    private static readonly Dictionary<string, EventPhrase> Phrases = Index();

    public static bool IsKnown(string operation) => Phrases.ContainsKey(operation);

    public static IEnumerable<string> Operations => Known.Select(k => k.Operation);

    /// <summary>
    /// A refusal reason of the SCIM gate in words, with its code (which the docs and the events feed use); any other
    /// reason (a SCIM endpoint's own message) is already words and stays as it is.
    /// </summary>
    public static string Reason(string reason)
    {
        var words = reason switch
        {
            ScimRefusalReasons.TokenMissing => "No token sent",
            ScimRefusalReasons.TokenUnknown => "Unknown token",
            ScimRefusalReasons.TokenExpired => "Expired token",
            ScimRefusalReasons.TokenRevoked => "Revoked token",
            ScimRefusalReasons.ScimDisabled => "SCIM provisioning switched off",
            ScimRefusalReasons.DirectoryDeleted => "Directory deleted",
            ScimRefusalReasons.RateLimited => "Too many requests",
            _ => null,
        };
        return words is null ? reason : $"{words} ({reason})";
    }

    public static EventPhrase Of(string operation, ProvisioningAction action)
    {
        if (Phrases.TryGetValue(operation, out var phrase))
        {
            // Never written today: a failure of an operation that names a success still must not read as one.
            var failure = Known[phrase.Rank].Failure;
            return action == ProvisioningAction.Failure && !failure ? phrase with { One = $"{phrase.One} (failed)", Many = $"{phrase.Many} (failed)" } : phrase;
        }

        var words = string.Join(' ', operation.Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
        words = words.Length == 0 ? "unnamed" : words;
        return action == ProvisioningAction.Failure
            ? new EventPhrase($"failed {words} event", $"failed {words} events", Known.Length)
            : new EventPhrase($"{words} event", $"{words} events", Known.Length);
    }

    private static Dictionary<string, EventPhrase> Index()
    {
        var index = new Dictionary<string, EventPhrase>(StringComparer.Ordinal);
        for (var i = 0; i < Known.Length; i++)
        {
            var (operation, one, many, _) = Known[i];
            var rank = Array.FindIndex(Known, k => k.One == one);
            index.Add(operation, new EventPhrase(one, many, rank));
        }

        return index;
    }
}
