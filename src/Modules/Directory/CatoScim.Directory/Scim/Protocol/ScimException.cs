namespace CatoScim.Directory.Scim.Protocol;

/// <summary>
/// A request the service refuses; becomes an RFC 7644 §3.12 error body. `Detail` is shown verbatim to the IdP
/// admin (Okta prints it in the task list), so it says what to fix.
/// </summary>
internal sealed class ScimException : Exception
{
    public ScimException(int status, string? scimType, string detail)
        : base(detail)
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
        : base(message, innerException)
    {
        Status = 400;
    }

    public int Status { get; }

    public string? ScimType { get; }

    public static ScimException InvalidValue(string detail) => new(400, "invalidValue", detail);

    public static ScimException InvalidSyntax(string detail) => new(400, "invalidSyntax", detail);

    public static ScimException Uniqueness(string detail) => new(409, "uniqueness", detail);

    public static ScimException NotFound(string detail) => new(404, null, detail);
}
