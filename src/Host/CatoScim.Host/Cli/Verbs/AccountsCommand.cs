using System.CommandLine;

namespace CatoScim.Host.Cli.Verbs;

internal static class AccountsCommand
{
    public static Command Create(CliContext context) =>
        new("accounts", "Accounts (tenants).") { AccountsCreateCommand.Create(context), AccountsListCommand.Create(context) };
}
