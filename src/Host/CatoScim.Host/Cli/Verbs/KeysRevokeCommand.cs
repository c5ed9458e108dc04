using System.CommandLine;
using CatoScim.ModuleKit.AdminKeys;

namespace CatoScim.Host.Cli.Verbs;

internal static class KeysRevokeCommand
{
    public static Command Create(CliContext context)
    {
        var account = CliOptions.Account();
        var key = CliOptions.Id("--key", "KEY_ID", "The key's id.");
        var json = CliOptions.Json();
        var command = new Command("revoke", "Revoke an admin API key; it stops working at once.") { account, key, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            var keyId = parse.GetValue(key);
            return await host.Services.GetRequiredService<IAdminKeyAdministration>().RevokeAsync(parse.GetValue(account), keyId, CliContext.Actor, ct)
                ? context.Print(parse.GetValue(json), new { keyId, revoked = true }, $"Key {keyId} revoked.")
                : throw new CliException("No such key in that account.");
        });
        return command;
    }
}
