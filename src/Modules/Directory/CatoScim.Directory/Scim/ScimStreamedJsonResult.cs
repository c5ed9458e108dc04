using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim;

/// <summary>
/// A SCIM body too large to build as nodes: the tree is written as <see cref="ScimJsonResult"/> would write it, except
/// that one array node in it (<c>streamed</c>) stands for values written straight to the response body as
/// they are read, so memory does not grow with the array. The length is not known up front, so the body goes out
/// chunked. A HEAD gets the headers and no body, and reads nothing (RFC 9110 §9.3.2).
/// </summary>
/// <param name="writeStreamed">Writes the array in place of <c>streamed</c>, flushing as it goes.</param>
internal sealed class ScimStreamedJsonResult(JsonNode body, JsonArray streamed, Func<Utf8JsonWriter, CancellationToken, Task> writeStreamed, int status)
    : IResult, IStatusCodeHttpResult
{
    private const string ContentType = $"{ScimConstants.MediaType}; charset=utf-8";

    public int? StatusCode => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        var ct = httpContext.RequestAborted;
        await using var writer = new Utf8JsonWriter(response.Body);
        await WriteAsync(writer, body, ct);
        await writer.FlushAsync(ct);
    }

    private async Task WriteAsync(Utf8JsonWriter writer, JsonNode? node, CancellationToken ct)
    {
        if (ReferenceEquals(node, streamed))
        {
            await writeStreamed(writer, ct);
            return;
        }

        switch (node)
        {
            case JsonObject json:
                writer.WriteStartObject();
                foreach (var (key, value) in json)
                {
                    writer.WritePropertyName(key);
                    await WriteAsync(writer, value, ct);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    await WriteAsync(writer, item, ct);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
