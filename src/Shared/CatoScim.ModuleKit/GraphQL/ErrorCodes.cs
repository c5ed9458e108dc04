namespace CatoScim.ModuleKit.GraphQL;

/// <summary>Values of `extensions.code` on GraphQL errors; clients switch on these, so they never change.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string BadRequest = "BAD_REQUEST";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
}
