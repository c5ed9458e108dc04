using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CatoScim.Directory.Scim;

/// <summary>
/// RFC 9110 §9.3.2: HEAD is GET without its content, so every SCIM read answers both on one endpoint: same gate
/// (auth, rate limit, health counting once), same status and headers; <see cref="ScimJsonResult"/> leaves out the body.
/// </summary>
internal static class ScimReadRoutes
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, GetAndHead, handler);
}
