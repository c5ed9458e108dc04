using CatoScim.Directory.Scim.Requests;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim;

/// <summary>A SCIM error body whose detail ends with the request id, known only once the result runs in its request.</summary>
internal sealed class ScimErrorResult(int status, string detail, string? scimType) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext) =>
        new ScimJsonResult(ScimError.Build(status, ScimRequestId.AppendTo(detail, ScimRequestId.Of(httpContext)), scimType), status)
            .ExecuteAsync(httpContext);
}
