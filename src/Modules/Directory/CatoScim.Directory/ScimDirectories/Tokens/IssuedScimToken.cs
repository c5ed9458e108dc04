namespace CatoScim.Directory.ScimDirectories.Tokens;

/// <summary>The only place the secret exists in clear: handed to the caller once, never stored.</summary>
internal sealed record IssuedScimToken(string Token, ScimToken Info);
