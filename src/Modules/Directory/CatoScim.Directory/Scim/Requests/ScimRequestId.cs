using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim.Requests;

/// <summary>
/// The `X-Request-Id` of a SCIM request: the client's own when it is short and safe to echo into headers, logs and
/// records, else one of ours. It is kept as the request's <see cref="HttpContext.TraceIdentifier"/>.
/// </summary>
internal static class ScimRequestId
{
    public const string Header = "X-Request-Id";
    public const int MaxLength = 64;

    public static string Of(HttpContext http) => http.TraceIdentifier;

    public static string Accept(string? sent) => IsSafe(sent) ? sent! : New();

    public static bool IsSafe(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An IdP admin quotes the detail of a failed task; its end names the request, so the detail is shortened to fit
    /// the usual bound rather than losing the id.
    /// </summary>
    public static string AppendTo(string detail, string requestId)
    {
        var suffix = $" (request id: {requestId})";
        return ScimExcerpt.Of(detail, ScimExcerpt.DetailLength - suffix.Length) + suffix;
    }

    private static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        Random.Shared.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
