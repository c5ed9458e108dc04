using CatoScim.Directory.Scim.Tokens;

namespace CatoScim.Directory.Scim.Directories;

/// <summary>A directory with its counts and tokens, loaded together for a whole list.</summary>
internal sealed record ScimDirectoryView(ScimDirectory Directory, int UserCount, int GroupCount, IReadOnlyList<ScimToken> Tokens);
