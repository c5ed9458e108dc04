namespace CatoScim.Scim.Filter;

/// <summary>Mapped by the caller to HTTP 400 with scimType <c>invalidFilter</c> (RFC 7644 §3.12).</summary>
public sealed class ScimFilterException : Exception
{
    public ScimFilterException(string message, int position)
        : base($"{message} (at character {position})")
    {
        Position = position;
    }

    public ScimFilterException()
    {
    }

    public ScimFilterException(string message)
        : base(message)
    {
    }

    public ScimFilterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>0-based character position in the filter text, when the error is syntactic.</summary>
    public int? Position { get; }
}
