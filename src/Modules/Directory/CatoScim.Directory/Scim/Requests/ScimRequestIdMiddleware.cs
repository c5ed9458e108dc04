using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CatoScim.Directory.Scim.Requests;

/// <summary>
/// First in the SCIM branch, so every answer under /scim/v2 (401 and 429 of the gate, 404 of an unknown route)
/// carries the id, and every log line written while serving it has it in scope.
/// </summary>
internal sealed class ScimRequestIdMiddleware(RequestDelegate next, ILogger<ScimRequestIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var sent = http.Request.Headers[ScimRequestId.Header];
        var id = ScimRequestId.Accept(sent.Count == 1 ? sent[0] : null);
        http.TraceIdentifier = id;
        http.Response.Headers[ScimRequestId.Header] = id;
        using (logger.BeginScope(new RequestIdLogScope(id)))
        {
            await next(http);
        }
    }
}
