namespace CatoScim.Directory.ScimDirectories.Tokens;

/// <summary>A rotation's outcome: the new token (its secret shown once) and the old one, now expiring after the grace.</summary>
internal sealed record ScimTokenRotation(IssuedScimToken Issued, ScimToken Replaced)
{
    public const int MinGraceMinutes = 0;

    /// <summary>A week: enough for a change window in the IdP, short enough that a forgotten token does not linger.</summary>
    public const int MaxGraceMinutes = 7 * 24 * 60;
}
