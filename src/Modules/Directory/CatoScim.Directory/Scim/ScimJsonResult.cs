using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim;

/// <summary>
/// Writes a SCIM body as UTF-8 straight from the node tree into a pooled buffer, then sends it with its
/// Content-Length in one write: no intermediate UTF-16 string and no chunked encoding. A HEAD gets the headers its
/// GET would get, Content-Length included, and no body (RFC 9110 §9.3.2).
/// </summary>
internal sealed class ScimJsonResult(JsonNode body, int status) : IResult, IStatusCodeHttpResult
{
    private const string ContentType = $"{ScimConstants.MediaType}; charset=utf-8";

    public int? StatusCode => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body.WriteTo(writer);
        }

        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = buffer.WrittenMemory.Length;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }
}
