using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>Mapped by the caller to HTTP 400 with <see cref="ScimType"/> and the message as "detail".</summary>
public sealed class ScimPatchException : Exception
{
    public ScimPatchException(string scimType, string detail)
        : base(detail)
    {
        ScimType = scimType;
    }

    public ScimPatchException()
        : this(ScimErrorType.InvalidSyntax, "The PATCH request is invalid")
    {
    }

    public ScimPatchException(string message)
        : this(ScimErrorType.InvalidSyntax, message)
    {
    }

    public ScimPatchException(string message, Exception innerException)
        : base(message, innerException)
    {
        ScimType = ScimErrorType.InvalidSyntax;
    }

    public string ScimType { get; }
}
