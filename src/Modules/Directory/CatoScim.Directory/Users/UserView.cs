namespace CatoScim.Directory.Users;

/// <summary>A user with the name of its directory, read in the same query.</summary>
internal sealed record UserView(User User, string? DirectoryName);
