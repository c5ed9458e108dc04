using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CatoScim.Directory.Scim;

/// <summary>Reads a SCIM request body: JSON object, SCIM or plain JSON media type, UTF-8, bounded size.</summary>
internal static class ScimBody
{
    // A repeated key used to throw only when the object was first read, deep in a handler: a 500, not a 400.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentType is { } contentType)
        {
            CheckMediaType(contentType);
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = await ReadAllAsync(request, maxBytes, ct);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        // RFC 8259 §8.1 lets a parser ignore a byte order mark, and a UTF-8 text writer (.NET's StreamWriter with
        // Encoding.UTF8, PowerShell 5.1's file cmdlets) writes one; System.Text.Json refuses it in a span.
        if (bytes.StartsWith(Utf8ByteOrderMark))
        {
            bytes = bytes[Utf8ByteOrderMark.Length..];
        }
        // System.Text.Json checks a string's bytes only when the string is read, deep in a handler: a 500, not a 400.
        if (!Utf8.IsValid(bytes))
        {
            throw ScimException.InvalidSyntax("The request body is not valid UTF-8 (RFC 8259 §8.1).");
        }

        try
        {
            var body = JsonNode.Parse(bytes, null, DocumentOptions) as JsonObject
                ?? throw ScimException.InvalidSyntax("The request body must be a JSON object.");
            // The same for an escaped lone surrogate ("\ud800") and an escaped NUL: only a body with escapes can hold
            // either. A name repeated in another casing needs no escape, so every body is walked for that.
            ScimJsonTree.Check(body, decodeStrings: bytes.IndexOf("\\u"u8) >= 0);

            return body;
        }
        catch (JsonException ex)
        {
            throw ScimException.InvalidSyntax($"The request body is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            throw ScimException.InvalidSyntax($"The request body holds a string that is not valid Unicode: {ex.Message}");
        }
    }

    private static async Task<MemoryStream> ReadAllAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer;
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's verdict on the framing (a bad chunk, a body sent too slowly, one over its limit): the client's fault.
            await buffer.DisposeAsync();
            throw ScimException.UnreadableBody(ex.StatusCode, $"The request body could not be read: {ex.Message}");
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }

    private static void CheckMediaType(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !(media.MediaType.Equals(ScimConstants.MediaType, StringComparison.OrdinalIgnoreCase)
                 || media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            throw ScimException.UnsupportedMediaType($"Content-Type '{contentType}' is not supported; send application/scim+json or application/json.");
        }

        // JSON exchanged between systems is UTF-8 (RFC 8259 §8.1); a body declared in another charset would be misread.
        if (media.Charset is { HasValue: true } charset && !IsUtf8(charset.Value!))
        {
            throw ScimException.UnsupportedMediaType($"Charset '{charset}' is not supported; send the body in UTF-8.");
        }
    }

    private static bool IsUtf8(string charset) =>
        charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static ScimException TooLarge(long maxBytes) =>
        ScimException.PayloadTooLarge($"The request body is larger than the {maxBytes} bytes this service accepts.");
}
