using System.CommandLine;
using CatoScim.ModuleKit.AdminKeys;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Host.Cli.Verbs;

internal static class KeysCreateCommand
{
    public static Command Create(CliContext context)
    {
        var account = CliOptions.Account();
        var role = CliOptions.Role("The key's role; EDITOR when absent.");
        var name = new Option<string>("--name") { Description = "A label to tell the key apart.", DefaultValueFactory = _ => "cli key", HelpName = "NAME" };
        var expires = CliOptions.Expires();
        var json = CliOptions.Json();
        var command = new Command("create", "Create an admin API key for an account (printed once).") { account, role, name, expires, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            IssuedAdminKey? issued;
            try
            {
                issued = await host.Services.GetRequiredService<IAdminKeyAdministration>().IssueAsync(
                    parse.GetValue(account), parse.GetValue(name)!, parse.GetValue(role) ?? AdminRole.Editor, parse.GetValue(expires), CliContext.Actor, ct);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            return issued is null
                ? throw new CliException($"No account {parse.GetValue(account)}.")
                : context.Print(parse.GetValue(json), new { keyId = issued.KeyId, apiKey = issued.Secret },
                    $"{issued.Role.ToString().ToUpperInvariant()} key {issued.KeyId} (shown once): {issued.Secret}");
        });
        return command;
    }
}
