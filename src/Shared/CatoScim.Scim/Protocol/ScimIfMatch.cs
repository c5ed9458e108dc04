namespace CatoScim.Scim.Protocol;

/// <summary>
/// The <c>If-Match</c> precondition of a PUT, PATCH or DELETE (RFC 7644 §3.14, RFC 7232 §3.1): the write applies only
/// to the version the client names.
/// </summary>
public static class ScimIfMatch
{
    /// <summary>
    /// Passes when there is no <paramref name="header"/>, or it is <c>*</c> or lists <paramref name="currentETag"/>
    /// (see <see cref="ScimEntityTags.Lists"/>; weak comparison, although RFC 7232 §3.1 asks for strong, because
    /// every tag we issue is weak and clients send it back with or without <c>W/</c>).
    /// </summary>
    /// <exception cref="ScimException">412 for any other tag, and for a field that is not a list of entity tags.</exception>
    public static void Ensure(string? header, string currentETag, string resource)
    {
        if (header is not null && !ScimEntityTags.Lists(header, currentETag))
        {
            throw ScimException.PreconditionFailed($"If-Match {header} does not name the current version {currentETag}: the {resource} was modified since, or the tag is malformed.");
        }
    }
}
