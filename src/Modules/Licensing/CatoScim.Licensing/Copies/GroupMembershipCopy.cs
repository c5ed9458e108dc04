namespace CatoScim.Licensing.Copies;

internal sealed class GroupMembershipCopy
{
    public Guid GroupId { get; init; }
    public Guid UserId { get; init; }
    public Guid AccountId { get; init; }
}
