namespace CatoScim.Directory.Groups;

/// <summary>One user in one group. Users only: nested groups are not supported.</summary>
internal sealed class GroupMember
{
    public Guid GroupId { get; init; }
    public Guid UserId { get; init; }
    public Guid AccountId { get; init; }
    public DateTime AddedAt { get; init; }
}
