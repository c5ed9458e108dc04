using System.CommandLine;
using CatoScim.Directory.Contracts.Accounts;

namespace CatoScim.Host.Cli.Verbs;

internal static class AccountsListCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List the accounts.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            var accounts = await host.Services.GetRequiredService<IAccountAdministration>().ListAsync(ct);
            var lines = accounts.Select(a =>
                $"{a.Id}  {a.Name}  created {a.CreatedAt:u} by {a.CreatedBy}  {a.ActiveApiKeys} active key(s)  SCIM {(a.ScimEnabled ? "on" : "off")}");
            return context.Print(parse.GetValue(json), accounts, accounts.Count == 0 ? "No accounts." : string.Join('\n', lines));
        });
        return command;
    }
}
