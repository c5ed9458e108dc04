using System.CommandLine;
using CatoScim.Host.Persistence;

namespace CatoScim.Host.Cli.Verbs;

internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("migrate", "Apply every module's pending migrations and exit (progress on stderr).") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: false, ct);
            var migrator = host.Services.GetRequiredService<DatabaseMigrator>();
            var results = await migrator.MigrateAsync(ct, new MigrationProgressPrinter(context.Console.Error));
            return context.Print(parse.GetValue(json),
                new { modules = results.Select(r => new { module = r.Module, applied = r.Applied }) },
                "Migrations applied.");
        });
        return command;
    }
}
