using System.CommandLine;
using CatoScim.ModuleKit.Outbox;

namespace CatoScim.Host.Cli.Verbs;

internal static class OutboxRedriveCommand
{
    private static readonly string[] Modules = ["directory", "licensing", "events"];

    public static Command Create(CliContext context)
    {
        var module = new Option<string>("--module")
        {
            Description = "The module whose outbox holds the dead letters.",
            Required = true,
            HelpName = "Directory|Licensing|Events",
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                var known = Modules.FirstOrDefault(m => string.Equals(m, text, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    r.AddError($"--module is Directory, Licensing or Events, not '{text}'.");
                }

                return known ?? "";
            },
        };
        var id = new Option<Guid?>("--id")
        {
            Description = "Only this dead-lettered message (its id, as `status` and the log name it); all of the module's otherwise.",
            HelpName = "MESSAGE_ID",
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                if (Guid.TryParse(text, out var parsed))
                {
                    return parsed;
                }

                r.AddError($"--id is a message id (a GUID), not '{text}'.");
                return null;
            },
        };
        var json = CliOptions.Json();
        var command = new Command("redrive", "Send dead-lettered outbox messages again, with their attempts reset; "
            + "the running server delivers them within its poll interval, and each is applied once.") { module, id, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            var name = parse.GetValue(module)!;
            var messageId = parse.GetValue(id);
            var redriven = await host.Services.GetRequiredService<OutboxRedrive>().RedriveAsync(name, messageId, ct);
            if (messageId is not null && redriven.Count == 0)
            {
                throw new CliException($"No dead-lettered message {messageId} in the {name} outbox.");
            }

            return context.Print(parse.GetValue(json), new { module = name, redriven },
                $"{name}: {redriven.Count} dead-lettered message(s) re-driven.");
        });
        return command;
    }
}
