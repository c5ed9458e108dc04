using System.CommandLine;

namespace CatoScim.Host.Cli.Verbs;

internal static class OutboxCommand
{
    public static Command Create(CliContext context) =>
        new("outbox", "The modules' outboxes: messages one module sends the others after its commit.")
        {
            OutboxRedriveCommand.Create(context),
        };
}
