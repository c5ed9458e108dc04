using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CatoScim.Directory.Scim;

/// <summary>
/// A SCIM body too large to build as nodes: the tree is written as <see cref="ScimJsonResult"/> would write it, except
/// that one array node in it (<c>streamed</c>) stands for values written as they are read, so memory does not grow
/// with the array. The body is spooled (memory, then a temporary file) before the client gets a byte: the query ends
/// at the server's pace, not the client's, because an open read on SQLite pins its snapshot, and no checkpoint can then
/// take the WAL frames that every account's writes to the file add after it. The spool also gives the length. A HEAD
/// gets the headers and no body, and reads nothing (RFC 9110 §9.3.2).
/// </summary>
/// <param name="writeStreamed">Writes the array in place of <c>streamed</c>, flushing as it goes.</param>
/// <param name="turn">Held from before the read until the client has the body, so one caller spools one body at a time.</param>
internal sealed class ScimStreamedJsonResult(
    JsonNode body, JsonArray streamed, Func<Utf8JsonWriter, CancellationToken, Task> writeStreamed, int status, SemaphoreSlim turn)
    : IResult, IStatusCodeHttpResult
{
    private const string ContentType = $"{ScimConstants.MediaType}; charset=utf-8";

    // Past this the spool goes to a file: a streamed group has over Scim:MaxMembersRendered members, megabytes of JSON.
    private const int SpoolMemoryBytes = 64 * 1024;

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
        await turn.WaitAsync(ct);
        try
        {
            await using var spool = new FileBufferingWriteStream(SpoolMemoryBytes);
            await using (var writer = new Utf8JsonWriter(spool))
            {
                await WriteAsync(writer, body, ct);
                await writer.FlushAsync(ct);
            }

            response.ContentLength = spool.Length;
            await spool.DrainBufferAsync(response.Body, ct);
        }
        finally
        {
            turn.Release();
        }
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
