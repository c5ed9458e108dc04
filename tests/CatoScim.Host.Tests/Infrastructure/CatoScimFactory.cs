using CatoScim.Directory.Contracts.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>The real Host over a real SQLite file in its own folder; time is a FakeTimeProvider.</summary>
public sealed class CatoScimFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Registrations that replace the app's own, after it composed itself.</param>
    public CatoScimFactory(string? dataDir = null, string environment = "Development", Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        DataDir = dataDir ?? TestFolders.New();
        _environment = environment;
        _settings = settings ?? [];
        _services = services;
    }

    public string DataDir { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:CatoScim", $"Data Source={Path.Combine(DataDir, "catoscim.db")}");
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        // Tests that wait for a delivery right after SCIM requests would wait out the shipped 1 s hold each time;
        // DeferWhileBusyTests set their own bounds.
        builder.UseSetting("Outbox:DeferWhileBusy", "00:00:00.100");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, TestRemoteIpStartupFilter>();
            _services?.Invoke(services);
        });
    }

    public async Task<(Guid AccountId, string ApiKey)> CreateAccountAsync(string name = "acme")
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IAccountAdministration>().CreateAsync(name, "test", CancellationToken.None);
        return (created.AccountId, created.ApiKey);
    }

    public GraphQLTestClient GraphQL(string? apiKey) => new(CreateClient(), apiKey);
}
