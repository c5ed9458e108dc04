using System.CommandLine;
using CatoScim.ModuleKit.AdminKeys;

namespace CatoScim.Host.Cli.Verbs;

internal static class KeysListCommand
{
    public static Command Create(CliContext context)
    {
        var account = CliOptions.Account();
        var json = CliOptions.Json();
        var command = new Command("list", "List an account's admin API keys (never their secrets).") { account, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            var keys = await host.Services.GetRequiredService<IAdminKeyAdministration>().ListAsync(parse.GetValue(account), ct)
                ?? throw new CliException($"No account {parse.GetValue(account)}.");
            return context.Print(parse.GetValue(json), keys, keys.Count == 0 ? "No keys." : string.Join('\n', keys.Select(Line)));
        });
        return command;
    }

    private static string Line(AdminKeySummary k) =>
        $"{k.Id}  {k.Prefix}  {k.Role.ToString().ToUpperInvariant()}  {k.Name}  created {k.CreatedAt:u} by {k.CreatedBy}"
        + $"  expires {When(k.ExpiresAt)}  last used {When(k.LastUsedAt)}"
        + (k.RevokedAt is { } revoked ? $"  REVOKED {revoked:u}" : "");

    private static string When(DateTime? at) => at is { } t ? t.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "never";
}
