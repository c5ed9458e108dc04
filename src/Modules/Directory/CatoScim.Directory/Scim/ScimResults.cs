using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Requests;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim;

/// <summary>Every SCIM answer is `application/scim+json` (RFC 7644 §3.1), errors included; an error's detail ends with the request id.</summary>
internal static class ScimResults
{
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) => new ScimJsonResult(body, status);

    /// <summary>A conditional GET whose tag is current (RFC 7232 §4.1): no body, but the ETag a 200 would carry.</summary>
    public static IResult NotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        return Results.StatusCode(StatusCodes.Status304NotModified);
    }

    public static IResult Error(int status, string detail, string? scimType = null) => new ScimErrorResult(status, detail, scimType);

    public static IResult Error(ScimException ex) => Error(ex.Status, ex.Message, ex.ScimType);

    public static Task WriteErrorAsync(HttpContext http, int status, string detail, string? scimType = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{ScimConstants.MediaType}; charset=utf-8";
        // RFC 9110 §9.3.2: a HEAD answer has no content. Kestrel drops what is written anyway; not every server does.
        return HttpMethods.IsHead(http.Request.Method)
            ? Task.CompletedTask
            : http.Response.WriteAsync(ScimError.Build(status, ScimRequestId.AppendTo(detail, ScimRequestId.Of(http)), scimType).ToJsonString());
    }
}
