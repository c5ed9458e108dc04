using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>
/// SCIM endpoints this service does not offer answer 501, as RFC 7644 §3.11 asks for /Me, rather than a 404 that reads
/// like a wrong Base URL; ServiceProviderConfig already says bulk is not supported (§3.7).
/// </summary>
internal static class ScimNotImplementedEndpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        scim.Map("/Me/{**rest}", () => NotImplemented("/Me", "a bearer token here belongs to a directory, not to a user"));
        scim.Map("/Bulk", () => NotImplemented("/Bulk", "ServiceProviderConfig reports bulk as not supported; send each operation on its own"));
    }

    private static IResult NotImplemented(string endpoint, string why) =>
        ScimResults.Error(StatusCodes.Status501NotImplemented, $"{endpoint} is not implemented: {why}.");
}
