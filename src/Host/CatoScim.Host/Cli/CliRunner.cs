using System.Text.Json;
using CatoScim.Directory.Accounts;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Composition;
using CatoScim.Host.Hangfire;
using CatoScim.Host.Persistence;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Host.Cli;

/// <summary>Operator verbs: `migrate`, `accounts create`, `keys create|revoke`, `dashboard hash-password`.</summary>
internal static class CliRunner
{
    private static readonly string[] Verbs = ["migrate", "accounts", "keys", "dashboard", "help"];

    public static bool IsCommand(CliArguments cli) => cli.Words.Count > 0 && Verbs.Contains(cli.Words[0]);

    public static async Task<int> RunAsync(CliArguments cli)
    {
        try
        {
            var command = string.Join(' ', cli.Words);
            if (command == "dashboard hash-password")
            {
                Console.WriteLine(DashboardCredentials.Hash(cli.Optional("password") ?? Console.ReadLine() ?? throw new CliException("No password given.")));
                return 0;
            }

            if (command == "help")
            {
                Console.WriteLine(Usage);
                return 0;
            }

            await using var app = Build(cli);
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            await using var scope = app.Services.CreateAsyncScope();
            return command switch
            {
                "migrate" => Done("Migrations applied."),
                "accounts create" => await CreateAccountAsync(scope.ServiceProvider, cli),
                "keys create" => await CreateKeyAsync(scope.ServiceProvider, cli),
                "keys revoke" => await RevokeKeyAsync(scope.ServiceProvider, cli),
                _ => throw new CliException($"Unknown command '{command}'.\n{Usage}"),
            };
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private const string Usage = """
        Usage: CatoScim.Host [command] [options] [--Config:Key=value ...]
          (no command)                          run the server
          migrate                               apply every module's migrations and exit
          accounts create --name NAME [--json]  create an account and its first EDITOR key
          keys create --account ID [--role EDITOR|VIEWER] [--name NAME] [--expires 2030-01-01T00:00:00Z] [--json]
          keys revoke --account ID --key KEY_ID
          dashboard hash-password [--password P]  print the hash for Hangfire:Dashboard:PasswordHash (reads stdin without --password)
        """;

    private static WebApplication Build(CliArguments cli)
    {
        var builder = WebApplication.CreateBuilder([.. cli.Passthrough]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        builder.AddCatoScim();
        return builder.Build();
    }

    private static async Task<int> CreateAccountAsync(IServiceProvider services, CliArguments cli)
    {
        try
        {
            var (account, key) = await services.GetRequiredService<AccountProvisioner>().CreateAsync(cli.Required("name"), "cli", CancellationToken.None);
            return Print(cli, new { accountId = account.Id, apiKey = key.Secret }, $"Account '{account.Name}' created: {account.Id}\nEDITOR API key (shown once): {key.Secret}");
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static async Task<int> CreateKeyAsync(IServiceProvider services, CliArguments cli)
    {
        var accountId = ParseGuid(cli.Required("account"), "--account");
        var db = services.GetRequiredService<DirectoryDbContext>();
        if (await db.Accounts.FindAsync(accountId) is null)
        {
            throw new CliException($"No account {accountId}.");
        }

        var role = Enum.TryParse<AdminRole>(cli.Optional("role") ?? "EDITOR", ignoreCase: true, out var r) ? r : throw new CliException("--role is EDITOR or VIEWER.");
        DateTime? expires = cli.Optional("expires") is { } e
            ? DateTime.TryParse(e, null, System.Globalization.DateTimeStyles.AdjustToUniversal, out var d) ? d : throw new CliException("--expires is an ISO-8601 time.")
            : null;
        try
        {
            var issued = services.GetRequiredService<ApiKeyIssuer>().Stage(accountId, cli.Optional("name") ?? "cli key", role, expires, "cli");
            await db.SaveChangesAsync();
            return Print(cli, new { keyId = issued.Key.Id, apiKey = issued.Secret }, $"{role.ToString().ToUpperInvariant()} key {issued.Key.Id} (shown once): {issued.Secret}");
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static async Task<int> RevokeKeyAsync(IServiceProvider services, CliArguments cli)
    {
        var key = await services.GetRequiredService<ApiKeyIssuer>().RevokeAsync(
            ParseGuid(cli.Required("account"), "--account"), ParseGuid(cli.Required("key"), "--key"), CancellationToken.None);
        return key is null ? throw new CliException("No such key in that account.") : Done($"Key {key.Id} revoked.");
    }

    private static Guid ParseGuid(string value, string name) =>
        Guid.TryParse(value, out var id) ? id : throw new CliException($"{name} must be an id (GUID).");

    private static int Print(CliArguments cli, object json, string human)
    {
        Console.WriteLine(cli.Has("json") ? JsonSerializer.Serialize(json) : human);
        return 0;
    }

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }
}
