using CatoScim.Directory.ScimDirectories.Health;
using CatoScim.Directory.ScimDirectories.Tokens;

namespace CatoScim.Directory.ScimDirectories;

/// <summary>A directory with its counts, tokens and health, loaded together for a whole list; no health means never connected.</summary>
internal sealed record ScimDirectoryView(ScimDirectory Directory, int UserCount, int GroupCount, IReadOnlyList<ScimToken> Tokens, ScimHealthView? Health = null);
