using System.Net;

namespace CatoScim.Bench;

internal static class LoopbackGuard
{
    /// <summary>True for localhost, 127.0.0.0/8 and ::1; names other than localhost are not resolved on purpose.</summary>
    public static bool IsLoopback(Uri uri)
    {
        if (uri.HostNameType == UriHostNameType.Dns)
        {
            return string.Equals(uri.DnsSafeHost, "localhost", StringComparison.OrdinalIgnoreCase);
        }

        return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
    }
}
