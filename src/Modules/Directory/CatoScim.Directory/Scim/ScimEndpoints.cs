using CatoScim.Directory.Scim.Auth;
using CatoScim.Directory.Scim.Discovery;
using CatoScim.Directory.Scim.Groups;
using CatoScim.Directory.Scim.Requests;
using CatoScim.Directory.Scim.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim;

internal static class ScimEndpoints
{
    public const string Prefix = "/scim/v2";

    public static void MapScim(this WebApplication app)
    {
        // Unknown routes and methods under /scim still answer with a SCIM error body (RFC 7644 §3.12).
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(Prefix), branch => branch.UseMiddleware<ScimRequestIdMiddleware>().UseStatusCodePages(ctx =>
            ScimResults.WriteErrorAsync(ctx.HttpContext, ctx.HttpContext.Response.StatusCode, ctx.HttpContext.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => "No SCIM endpoint at this path. The Base URL is /scim/v2/{accountId}/{directoryId}.",
                StatusCodes.Status405MethodNotAllowed => $"Method {ctx.HttpContext.Request.Method} is not supported on this SCIM endpoint.",
                _ => "The request could not be processed.",
            })));

        var scim = app.MapGroup($"{Prefix}/{{accountId}}/{{directoryId}}").AddEndpointFilter<ScimGateFilter>();
        ScimUserEndpoints.Map(scim);
        ScimGroupEndpoints.Map(scim);
        ScimDiscoveryEndpoints.Map(scim);
        ScimNotImplementedEndpoints.Map(scim);
    }
}
