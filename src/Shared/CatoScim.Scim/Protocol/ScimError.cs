using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace CatoScim.Scim.Protocol;

/// <summary>Builds the RFC 7644 §3.12 error body.</summary>
public static class ScimError
{
    /// <summary>RFC 7644 §3.12 Table 9: clients branch on these, so an invented value would mislead them.</summary>
    public static readonly FrozenSet<string> ScimTypes = new[]
    {
        ScimErrorType.InvalidFilter, ScimErrorType.TooMany, ScimErrorType.Uniqueness, ScimErrorType.Mutability,
        ScimErrorType.InvalidSyntax, ScimErrorType.InvalidPath, ScimErrorType.NoTarget, ScimErrorType.InvalidValue,
        ScimErrorType.InvalidVers, ScimErrorType.Sensitive,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <exception cref="ArgumentOutOfRangeException">The status is not an HTTP error or redirect status.</exception>
    /// <exception cref="ArgumentException">The scimType is not one of RFC 7644 Table 9.</exception>
    public static JsonObject Build(int status, string? detail = null, string? scimType = null)
    {
        // RFC 7644 §3.12 lists 3xx (307/308) as well as 4xx/5xx error responses.
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 300);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        if (scimType is not null && !ScimTypes.Contains(scimType))
        {
            throw new ArgumentException($"'{scimType}' is not a scimType of RFC 7644 Table 9.", nameof(scimType));
        }

        var error = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimConstants.ErrorSchema),

            // RFC 7644 §3.12 defines "status" as a JSON string, not a number, even though it holds an HTTP code.
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        if (scimType is not null)
        {
            error["scimType"] = scimType;
        }

        if (!string.IsNullOrWhiteSpace(detail))
        {
            error["detail"] = ScimExcerpt.Detail(detail);
        }

        return error;
    }
}
