namespace CatoScim.Scim.Protocol;

/// <summary>
/// The <c>If-None-Match</c> precondition of a conditional GET (RFC 7644 §3.14, RFC 7232 §3.2): when it holds a
/// tag of the resource's current version, the server answers 304 instead of the representation.
/// </summary>
public static class ScimIfNoneMatch
{
    /// <summary>
    /// True when <paramref name="header"/> is <c>*</c> or lists <paramref name="currentETag"/> (see
    /// <see cref="ScimEntityTags.Lists"/>). A malformed field matches nothing: answering the full representation is
    /// never wrong, a 304 the client did not ask for is.
    /// </summary>
    public static bool Matches(string? header, string currentETag) => ScimEntityTags.Lists(header, currentETag);
}
