using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Events.Provisioning;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Events.Seeding;

/// <summary>
/// Makes each planned event the way a live one is made: the notification that would have caused it, through the same
/// mapper the outbox consumer uses, so the demo feed reads exactly like a real one.
/// </summary>
internal sealed class DemoEventMapper(DemoDataset data)
{
    private static readonly string[][] ChangedAttributes =
    [
        ["title"], ["department"], ["name.familyName", "displayName"], ["emails[type eq \"work\"].value"],
        ["phoneNumbers[type eq \"work\"].value"], ["title", "department"], ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"],
    ];

    private static readonly (string Operation, string ResourceType, int Status, string? ScimType, string Reason)[] Failures =
    [
        ("USER_CREATE", "User", 409, "uniqueness", "userName is already in use in this account"),
        ("USER_REPLACE", "User", 400, "invalidValue", "emails[0].value is not a valid email address"),
        ("USER_PATCH", "User", 400, "invalidPath", "The path 'addresses[type eq \"home\"].country' is not supported"),
        ("USER_PATCH", "User", 404, null, "No user with that id in this directory"),
        ("GROUP_PATCH", "Group", 400, "invalidValue", "members[0].value is not a user of this directory"),
        ("GROUP_CREATE", "Group", 409, "uniqueness", "displayName is already in use in this account"),
    ];

    private static readonly (string Reason, int Status)[] Refusals =
    [
        (ScimRefusalReasons.TokenExpired, 401), (ScimRefusalReasons.TokenRevoked, 401), (ScimRefusalReasons.TokenUnknown, 401), (ScimRefusalReasons.RateLimited, 429),
    ];

    private readonly HashSet<Guid> _directUsers = [.. data.Licenses.RuleUserIds];

    // The history line keeps only how many members a batch named.
    private static readonly Guid[][] Batches = [.. Enumerable.Range(0, 101).Select(n => new Guid[n])];

    public ProvisioningEvent Map(DemoEventPlan plan)
    {
        var at = new DateTime(plan.Ticks, DateTimeKind.Utc);
        var message = Guid.CreateVersion7(new DateTimeOffset(at));
        var v = plan.Variant;
        return plan.Kind switch
        {
            DemoEventKind.UserCreated => ProvisioningEventMapper.Map(new UserProvisioned(Ref(plan.Subject, true), false, Source(plan.Subject), at), message),
            DemoEventKind.UserUpdated => ProvisioningEventMapper.Map(
                new UserUpdated(Ref(plan.Subject, true), ChangedAttributes[v % ChangedAttributes.Length], Source(plan.Subject), at), message),
            DemoEventKind.UserDeactivated => ProvisioningEventMapper.Map(new UserDeactivated(Ref(plan.Subject, false), Source(plan.Subject), at), message),
            DemoEventKind.UserReactivated => ProvisioningEventMapper.Map(new UserReactivated(Ref(plan.Subject, true), Source(plan.Subject), at), message),
            DemoEventKind.GroupCreated => GroupEventMapper.Map(new GroupCreated(GroupRef(plan.Subject), ChangeSources.Scim, at), message),
            DemoEventKind.GroupMembersAdded => GroupEventMapper.Map(
                new GroupMembersAdded(GroupRef(DemoEventSubjects.GroupIndex(plan.Subject)), Batches[1 + (v % 100)], ChangeSources.Scim, at), message),
            DemoEventKind.GroupMembersRemoved => GroupEventMapper.Map(
                new GroupMembersRemoved(GroupRef(DemoEventSubjects.GroupIndex(plan.Subject)), Batches[1 + (v % 20)], ChangeSources.Scim, at), message),
            DemoEventKind.LicenseAssigned => LicenseEventMapper.Map(new LicenseAssigned(data.AccountId, Id(plan.Subject), Via(plan.Subject), at), message, Name(plan.Subject)),
            DemoEventKind.LicenseReleased => LicenseEventMapper.Map(
                new LicenseReleased(data.AccountId, Id(plan.Subject), v % 2 == 0 ? LicenseReleaseReasons.Deactivated : LicenseReleaseReasons.NotCovered, at), message,
                Name(plan.Subject)),
            DemoEventKind.RequestFailed => ProvisioningEventMapper.Map(Failed(plan.Subject, v, at), message),
            DemoEventKind.RequestsRefused => RefusalEventMapper.Map(Refused(plan.Subject, v, at), message),
            _ => LicenseEventMapper.Map(new LicensePoolExhausted(data.AccountId, data.Licenses.PoolTotal, 1 + (v % 50), at), message),
        };
    }

    private ScimRequestFailed Failed(int subject, int variant, DateTime at)
    {
        var isGroup = DemoEventSubjects.IsGroup(subject);
        var failure = Failures[isGroup ? 4 + (variant % 2) : variant % 4];
        var requestId = RequestId(at, variant);
        var (id, name, externalId, directory) = isGroup ? GroupFacts(DemoEventSubjects.GroupIndex(subject)) : UserFacts(subject);
        // A refused create has no resource yet.
        Guid? resource = failure.Operation.EndsWith("CREATE", StringComparison.Ordinal) ? null : id;
        return new ScimRequestFailed(data.AccountId, directory ?? Guid.Empty, failure.ResourceType, failure.Operation, resource,
            name, externalId, $"{failure.Reason} (request id: {requestId})", failure.Status, failure.ScimType, at, requestId);
    }

    private (Guid, string, string?, Guid?) UserFacts(int index)
    {
        var u = data.Users[index];
        return (u.Id, u.UserName, u.ExternalId, u.DirectoryId);
    }

    private (Guid, string, string?, Guid?) GroupFacts(int index)
    {
        var g = data.Groups[index];
        return (g.Id, g.Name, g.ExternalId, g.DirectoryId);
    }

    private ScimRequestsRefused Refused(int directory, int variant, DateTime at)
    {
        var (reason, status) = Refusals[variant % Refusals.Length];
        var count = 1 + (variant % 200);
        return new ScimRequestsRefused(data.AccountId, data.Directories[directory].Id, reason, status, count, at.AddSeconds(-Math.Min(59, count)), at, RequestId(at, variant), at);
    }

    private UserRef Ref(int index, bool active)
    {
        var u = data.Users[index];
        return new UserRef(data.AccountId, u.Id, u.UserName, u.ExternalId, u.DirectoryId, u.DirectoryId is null ? Origins.Manual : Origins.Scim, active);
    }

    private GroupRef GroupRef(int index)
    {
        var g = data.Groups[index];
        return new GroupRef(data.AccountId, g.Id, g.Name, g.ExternalId, g.DirectoryId, g.DirectoryId is null ? Origins.Manual : Origins.Scim);
    }

    private string Source(int user) => data.Users[user].DirectoryId is null ? ChangeSources.Admin : ChangeSources.Scim;

    private Guid Id(int user) => data.Users[user].Id;

    private string Name(int user) => data.Users[user].UserName;

    private string Via(int user) => _directUsers.Contains(data.Users[user].Id) ? LicenseTiers.User : LicenseTiers.Group;

    private static string RequestId(DateTime at, int variant) => $"{at.Ticks:x}{variant:x3}";
}
