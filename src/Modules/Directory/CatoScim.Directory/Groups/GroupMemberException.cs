namespace CatoScim.Directory.Groups;

/// <summary>A member that cannot be added; SCIM answers 400 invalidValue, GraphQL a VALIDATION error, with this message.</summary>
internal sealed class GroupMemberException : Exception
{
    public GroupMemberException()
    {
    }

    public GroupMemberException(string message)
        : base(message)
    {
    }

    public GroupMemberException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GroupMemberException(string message, Guid memberId)
        : base(message)
    {
        MemberId = memberId;
    }

    /// <summary>The (first) id refused, so the admin API can name its place in the input.</summary>
    public Guid? MemberId { get; }
}
