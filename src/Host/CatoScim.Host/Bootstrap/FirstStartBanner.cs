using CatoScim.Directory.Contracts.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CatoScim.Host.Bootstrap;

/// <summary>
/// On an empty database, creates the `default` account and prints its first EDITOR key once, to the console only
/// (never to the logs), once the server knows its addresses.
/// </summary>
internal static class FirstStartBanner
{
    public static async Task BootstrapAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().BootstrapAsync(ct);
        if (created is not { } first)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost:5000";
            var line = new string('=', 78);
            Console.WriteLine($"""

                {line}
                  CatoScim first start: created account '{first.Name}' ({first.AccountId})
                  EDITOR API key (shown once, store it now):  {first.ApiKey}
                  GraphQL:            POST {address}/graphql   (header x-api-key)
                  Hangfire dashboard: {address}/hangfire
                {line}

                """);
        });
    }
}
