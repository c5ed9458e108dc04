using System.CommandLine;

namespace CatoScim.Host.Cli.Verbs;

internal static class KeysCommand
{
    public static Command Create(CliContext context) =>
        new("keys", "An account's admin API keys (header x-api-key on /graphql).")
        {
            KeysCreateCommand.Create(context), KeysListCommand.Create(context), KeysRevokeCommand.Create(context),
        };
}
