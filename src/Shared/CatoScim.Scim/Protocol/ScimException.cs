using CatoScim.Scim.Filter;
using CatoScim.Scim.Patch;

namespace CatoScim.Scim.Protocol;

/// <summary>
/// A request the service refuses; becomes an RFC 7644 §3.12 error body. `Detail` is shown verbatim to the IdP
/// admin (Okta prints it in the task list), so it says what to fix. Raised through the named factories, so the
/// status and scimType of each kind of refusal are chosen once. The detail is clipped here
/// (<see cref="ScimExcerpt.DetailLength"/>), so no call site can echo a whole request body.
/// </summary>
public sealed class ScimException : Exception
{
    private ScimException(int status, string? scimType, string detail)
        : base(ScimExcerpt.Detail(detail))
    {
        Status = status;
        ScimType = scimType;
    }

    public ScimException()
        : this(400, null, "The request is invalid.")
    {
    }

    public ScimException(string message)
        : this(400, null, message)
    {
    }

    public ScimException(string message, Exception innerException)
        : base(ScimExcerpt.Detail(message), innerException)
    {
        Status = 400;
    }

    public int Status { get; }

    public string? ScimType { get; }

    public static ScimException InvalidValue(string detail) => new(400, ScimErrorType.InvalidValue, detail);

    public static ScimException InvalidSyntax(string detail) => new(400, ScimErrorType.InvalidSyntax, detail);

    public static ScimException InvalidPath(string detail) => new(400, ScimErrorType.InvalidPath, detail);

    public static ScimException InvalidFilter(string detail) => new(400, ScimErrorType.InvalidFilter, detail);

    /// <summary>A filter that does not parse or names what cannot be filtered (RFC 7644 §3.4.2.2).</summary>
    public static ScimException InvalidFilter(ScimFilterException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return InvalidFilter(error.Message);
    }

    /// <summary>A PATCH that cannot be read or applied keeps the scimType the engine chose (RFC 7644 §3.5.2).</summary>
    public static ScimException InvalidPatch(ScimPatchException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(400, error.ScimType, error.Message);
    }

    public static ScimException Uniqueness(string detail) => new(409, ScimErrorType.Uniqueness, detail);

    /// <summary>Two writes raced; RFC 7644 §3.12 gives 409 no scimType for this, the client simply retries.</summary>
    public static ScimException Conflict(string detail) => new(409, null, detail);

    /// <summary>If-Match named a version that is no longer current (RFC 7644 §3.14).</summary>
    public static ScimException PreconditionFailed(string detail) => new(412, null, detail);

    public static ScimException NotFound(string detail) => new(404, null, detail);

    public static ScimException PayloadTooLarge(string detail) => new(413, null, detail);

    /// <summary>A body the HTTP server could not read (bad framing 400, too slow 408, too large 413): that status.</summary>
    public static ScimException UnreadableBody(int status, string detail) =>
        status is >= 400 and < 500 ? new(status, status == 400 ? ScimErrorType.InvalidSyntax : null, detail) : new(400, ScimErrorType.InvalidSyntax, detail);

    public static ScimException UnsupportedMediaType(string detail) => new(415, null, detail);
}
