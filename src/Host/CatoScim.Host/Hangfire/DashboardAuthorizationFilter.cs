using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace CatoScim.Host.Hangfire;

/// <summary>Loopback in Development needs nothing; everything else needs the configured ops credentials.</summary>
internal sealed class DashboardAuthorizationFilter(IHostEnvironment environment, IConfiguration configuration) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var remote = http.Connection.RemoteIpAddress;
        if (environment.IsDevelopment() && remote is not null && IPAddress.IsLoopback(remote))
        {
            return true;
        }

        if (IsValidBasic(http.Request.Headers.Authorization))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"CatoScim ops\", charset=\"UTF-8\"";
        return false;
    }

    private bool IsValidBasic(string? header)
    {
        var user = configuration["Hangfire:Dashboard:Username"];
        var hash = configuration["Hangfire:Dashboard:PasswordHash"];
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(hash) || !AuthenticationHeaderValue.TryParse(header, out var value)
            || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        var userMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded[..colon]), Encoding.UTF8.GetBytes(user));
        return DashboardCredentials.Verify(decoded[(colon + 1)..], hash) && userMatches;
    }
}
