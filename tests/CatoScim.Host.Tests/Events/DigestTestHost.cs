using CatoScim.Events.Digests;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>The Host with an account whose copy (and alert recipients) reached Events; the job is called directly.</summary>
internal sealed class DigestTestHost : IAsyncDisposable
{
    public static readonly DateTime Hour10 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    private DigestTestHost(CatoScimFactory factory) => Factory = factory;

    public CatoScimFactory Factory { get; }
    public Guid AccountId { get; private set; }
    public string ApiKey { get; private set; } = "";
    public GraphQLTestClient GraphQL { get; private set; } = null!;

    public static Task<DigestTestHost> StartAsync(Dictionary<string, string?> settings, params string[] recipients) =>
        StartOnAsync(new CatoScimFactory(settings: settings), recipients);

    public static async Task<DigestTestHost> StartOnAsync(CatoScimFactory factory, params string[] recipients)
    {
        var host = new DigestTestHost(factory);
        (host.AccountId, host.ApiKey) = await host.Factory.CreateAccountAsync("acme");
        host.GraphQL = host.Factory.GraphQL(host.ApiKey);
        await host.WaitForCopyAsync(0);
        if (recipients.Length > 0)
        {
            await host.GraphQL.DataAsync("""
                mutation($a: ID!, $r: [String!]) { account(accountId: $a) { updateAccount(input: {alertRecipients: $r}) { account { name } } } }
                """, new { a = host.AccountId, r = recipients });
            await host.WaitForCopyAsync(recipients.Length);
        }

        return host;
    }

    public static Dictionary<string, string?> Smtp(TestSmtpServer smtp) => new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = $"{smtp.Port}" };

    public void At(DateTime utc) => Factory.Time.SetUtcNow(new DateTimeOffset(utc));

    public async Task RunJobAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ProvisioningDigestJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    public async Task<List<DigestRecord>> DigestsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Digests.AsNoTracking().OrderBy(d => d.WindowStart).ToListAsync();
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    private Task WaitForCopyAsync(int recipients) => Eventually.AssertAsync(async () =>
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var copy = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == AccountId);
        return copy is not null && copy.AlertRecipients.Count == recipients;
    }, done => done, "the account copy in Events");
}
