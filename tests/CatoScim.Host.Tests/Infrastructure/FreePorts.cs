using System.Net;
using System.Net.Sockets;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>A loopback port nobody listens on, for a real Kestrel Host that a browser can reach.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
