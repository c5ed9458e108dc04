using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CatoScim.Directory.Scim;

/// <summary>Reads a SCIM request body: JSON object, SCIM or plain JSON media type, bounded size.</summary>
internal static class ScimBody
{
    // A repeated key used to throw only when the object was first read, deep in a handler: a 500, not a 400.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentType is { } contentType
            && (!MediaTypeHeaderValue.TryParse(contentType, out var media)
                || !(media.MediaType.Equals(ScimConstants.MediaType, StringComparison.OrdinalIgnoreCase)
                     || media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))))
        {
            throw ScimException.UnsupportedMediaType($"Content-Type '{contentType}' is not supported; send application/scim+json or application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), null, DocumentOptions) as JsonObject
                ?? throw ScimException.InvalidSyntax("The request body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw ScimException.InvalidSyntax($"The request body is not valid JSON: {ex.Message}");
        }
    }

    private static ScimException TooLarge(long maxBytes) =>
        ScimException.PayloadTooLarge($"The request body is larger than the {maxBytes} bytes this service accepts.");
}
