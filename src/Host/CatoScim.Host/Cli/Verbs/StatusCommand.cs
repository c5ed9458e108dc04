using System.CommandLine;
using CatoScim.ModuleKit.Persistence;
using Hangfire;

namespace CatoScim.Host.Cli.Verbs;

internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("status", "Each module's migrations and outbox backlog, and the Hangfire servers; changes nothing.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: false, ct);
            var modules = await host.Services.GetRequiredService<ModuleStatusReader>().ReadAsync(ct);
            var servers = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers()
                .Select(s => new HangfireServerStatus(s.Name, s.WorkersCount, [.. s.Queues], s.StartedAt, s.Heartbeat))
                .ToList();
            return context.Print(parse.GetValue(json), new { modules, hangfireServers = servers }, Human(modules, servers));
        });
        return command;
    }

    private static string Human(IReadOnlyList<ModuleStatus> modules, List<HangfireServerStatus> servers)
    {
        var lines = modules.Select(m =>
            $"{m.Module}: migrations {m.AppliedMigrations.Count} applied, {m.PendingMigrations.Count} pending; "
            + (m.OutboxPending is null ? "outbox n/a (no tables yet)" : $"outbox {m.OutboxPending} pending, {m.OutboxDeadLettered} dead-lettered")).ToList();
        lines.Add($"Hangfire servers: {servers.Count}");
        lines.AddRange(servers.Select(s => $"  {s.Name}  workers {s.Workers}  queues {string.Join(',', s.Queues)}  last heartbeat {s.Heartbeat:u}"));
        return string.Join('\n', lines);
    }
}
