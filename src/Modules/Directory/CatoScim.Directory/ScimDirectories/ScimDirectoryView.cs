using CatoScim.Directory.ScimDirectories.Tokens;

namespace CatoScim.Directory.ScimDirectories;

/// <summary>A directory with its counts and tokens, loaded together for a whole list.</summary>
internal sealed record ScimDirectoryView(ScimDirectory Directory, int UserCount, int GroupCount, IReadOnlyList<ScimToken> Tokens);
