using System.CommandLine;
using CatoScim.Directory.Contracts.Accounts;

namespace CatoScim.Host.Cli.Verbs;

internal static class AccountsCreateCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "The account's name.", Required = true, HelpName = "NAME" };
        var json = CliOptions.Json();
        var command = new Command("create", "Create an account and its first EDITOR API key (printed once).") { name, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            CreatedAccount created;
            try
            {
                created = await host.Services.GetRequiredService<IAccountAdministration>().CreateAsync(parse.GetRequiredValue(name), CliContext.Actor, ct);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            return context.Print(parse.GetValue(json), new { accountId = created.AccountId, apiKey = created.ApiKey },
                $"Account '{created.Name}' created: {created.AccountId}\nEDITOR API key (shown once): {created.ApiKey}");
        });
        return command;
    }
}
