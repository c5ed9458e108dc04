namespace CatoScim.Host.Transport;

/// <summary>
/// The caller's address as the audit trail records it. UseForwardedHeaders has already replaced the socket's address
/// with the forwarded one when the request came through a trusted proxy, and only then.
/// </summary>
internal static class ClientAddress
{
    public static string? Of(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => null,
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        var address => address.ToString(),
    };
}
