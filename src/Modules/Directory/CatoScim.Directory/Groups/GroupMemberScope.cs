namespace CatoScim.Directory.Groups;

/// <summary>
/// Which users a write may add to a group: any user of the account (the admin API), or only those one SCIM directory
/// provisions. A directory must not reach users it cannot read, nor learn from 400-vs-204 which ids exist elsewhere.
/// </summary>
internal sealed record GroupMemberScope(Guid? DirectoryId)
{
    public const string InAccount = "this account";
    public const string InDirectory = "this directory";

    public static GroupMemberScope Account { get; } = new((Guid?)null);

    public static GroupMemberScope Directory(Guid directoryId) => new(directoryId);

    /// <summary>Where the refusal says an unknown id was looked for.</summary>
    public string Name => DirectoryId is null ? InAccount : InDirectory;
}
