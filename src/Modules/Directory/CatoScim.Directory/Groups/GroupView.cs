namespace CatoScim.Directory.Groups;

/// <summary>A group with the name of its directory, read in the same query.</summary>
internal sealed record GroupView(Group Group, string? DirectoryName);
