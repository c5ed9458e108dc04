namespace CatoScim.Directory.Groups;

/// <summary>Who actually joined and left: users already in (or already out of) the group are not listed.</summary>
internal sealed record GroupMemberChanges(IReadOnlyList<Guid> Added, IReadOnlyList<Guid> Removed)
{
    public static GroupMemberChanges None { get; } = new([], []);

    public int Delta => Added.Count - Removed.Count;
}
