using Hangfire.Dashboard;

namespace CatoScim.Host.Hangfire;

/// <summary>The verdict of <see cref="DashboardGate"/>: loopback in Development, or the configured ops credentials.</summary>
internal sealed class DashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.Items.ContainsKey(DashboardGate.AuthorizedItem))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"CatoScim ops\", charset=\"UTF-8\"";
        return false;
    }
}
