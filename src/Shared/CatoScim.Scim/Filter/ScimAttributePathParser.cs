using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

internal static class ScimAttributePathParser
{
    private static readonly string[] CoreSchemas =
    [
        ScimConstants.UserSchema,
        ScimConstants.GroupSchema,
    ];

    /// <summary>
    /// RFC 7644 §3.10: "[URI ':'] attrName ['.' subAttr]". The URN ends at the last ':'
    /// because schema URNs themselves contain ':' and '.' (…:enterprise:2.0:User).
    /// </summary>
    public static ScimAttributePath Read(string text, int position)
    {
        if (text.Length == 0)
        {
            throw new ScimFilterException("An attribute name is missing", position);
        }

        string? schema = null;
        var rest = text;
        var restPosition = position;
        if (text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var colon = text.LastIndexOf(':');
            schema = text[..colon];
            rest = text[(colon + 1)..];
            restPosition = position + colon + 1;
            if (CoreSchemas.Any(s => string.Equals(s, schema, StringComparison.OrdinalIgnoreCase)))
            {
                schema = null;
            }
        }

        var parts = rest.Split('.');
        if (parts.Length > 2 || parts.Any(p => p.Length == 0))
        {
            throw new ScimFilterException(
                $"'{ScimExcerpt.Of(text)}' is not a valid attribute path; use attribute or attribute.subAttribute", restPosition);
        }

        return new ScimAttributePath(schema, parts[0], parts.Length == 2 ? parts[1] : null);
    }
}
