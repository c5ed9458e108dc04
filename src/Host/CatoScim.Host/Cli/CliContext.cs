using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CatoScim.Host.Composition;
using CatoScim.Host.Persistence;
using CatoScim.ModuleKit.Audit;

namespace CatoScim.Host.Cli;

/// <summary>What every verb shares: the configuration overrides, the console, and the host the verb runs in.</summary>
internal sealed class CliContext(IReadOnlyList<string> configurationOverrides, CliConsole console)
{
    public const string Actor = Actors.Cli;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Output for a terminal or a script, never embedded in HTML: `+` in a hash stays `+`.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper), new UtcDateTimeJsonConverter() },
    };

    public CliConsole Console => console;

    /// <param name="migrate">Apply pending migrations first, silently, as every data verb did before it ran.</param>
    public async Task<CliHost> OpenAsync(bool migrate, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder([.. configurationOverrides]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A verb must never start processing jobs next to the running server.
        builder.Configuration["Hangfire:ServerEnabled"] = "false";
        builder.AddCatoScim();
        var app = builder.Build();
        if (migrate)
        {
            try
            {
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }

        return new CliHost(app);
    }

    /// <summary>Data on stdout: JSON with `--json`, the human line otherwise.</summary>
    public int Print(bool json, object value, string human)
    {
        console.Out.WriteLine(json ? JsonSerializer.Serialize(value, Json) : human);
        return 0;
    }
}
