using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Host.Cli.Seeding;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Host.Cli.Verbs;

/// <summary>
/// Fills an account with a realistic month of data for demos and for timing the console at the size of a real account.
/// Each module writes its own tables (and its own copies of the others' facts) from one generated dataset.
/// </summary>
internal static class SeedDemoCommand
{
    public static Command Create(CliContext context)
    {
        var account = CliOptions.Account();
        var users = Count("--users", 100_000, 5_000_000, "Users to create.");
        var groups = Count("--groups", 2_000, 100_000, "Groups to create; memberships add up to about two per user.");
        var events = Count("--events", 1_000_000, 50_000_000, "Provisioning events over the last 30 days (and one audit record per 200).");
        var directoryNames = new Option<string[]>("--directory-name")
        {
            Description = "A SCIM directory to create (repeat for more); 'Okta (demo)' and 'Entra ID (demo)' when absent.",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
        };
        var seed = Count("--seed", 15, int.MaxValue, "Seeds the random choices: the same seed gives the same people, groups and rules.");
        var force = new Option<bool>("--force") { Description = "Add the demo data even if the account already has users (names get a run tag)." };
        var json = CliOptions.Json();
        var command = new Command("seed-demo", "Fill an account with demo data in bulk: SCIM directories, users, groups, licence rules and seats, "
            + "provisioning events and audit records.") { account, users, groups, events, directoryNames, seed, force, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await context.OpenAsync(migrate: true, ct);
            var accountId = parse.GetValue(account);
            var summary = (await host.Services.GetRequiredService<IAccountAdministration>().ListAsync(ct)).FirstOrDefault(a => a.Id == accountId)
                ?? throw new CliException($"No account {accountId}.");
            var seeders = host.Services.GetServices<IDemoSeeder>().OrderBy(s => s.Order).ToList();
            var forced = parse.GetValue(force);
            if (!forced)
            {
                foreach (var seeder in seeders)
                {
                    if (await seeder.RefusalAsync(accountId, ct) is { } refusal)
                    {
                        throw new CliException($"Not seeding account {accountId}: {refusal}. Pass --force to add the demo data beside it.");
                    }
                }
            }

            // Beside earlier data, names get a tag: user and group names are unique per account, directory names by convention.
            var tag = forced ? RandomNumberGenerator.GetHexString(4, lowercase: true) : "";
            var names = (parse.GetValue(directoryNames) is { Length: > 0 } given ? given : ["Okta (demo)", "Entra ID (demo)"])
                .Select(n => tag.Length == 0 ? n : $"{n} [{tag}]").ToList();
            var spec = new DemoSpec(accountId, summary.Name, parse.GetValue(users), parse.GetValue(groups), parse.GetValue(events), names,
                parse.GetValue(seed), tag);
            var clock = Stopwatch.StartNew();
            var data = DemoDataGenerator.Generate(spec, host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            await context.Console.Error.WriteLineAsync($"generated in {clock.Elapsed.TotalSeconds:F1} s");
            var modules = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
            foreach (var seeder in seeders)
            {
                var started = clock.Elapsed;
                modules[seeder.Module] = await seeder.SeedAsync(data, ct);
                await context.Console.Error.WriteLineAsync(
                    $"{seeder.Module}: {string.Join(", ", modules[seeder.Module].Select(t => $"{t.Value} {t.Key}"))} in {(clock.Elapsed - started).TotalSeconds:F1} s");
            }

            var assigned = data.LicenseStatuses.Values.Count(s => s == LicenseStatuses.Assigned);
            var result = new
            {
                accountId,
                directories = data.Directories.Select(d => new { id = d.Id, name = d.Name, provider = d.Provider }),
                users = data.Users.Count,
                groups = data.Groups.Count,
                memberships = data.Groups.Sum(g => g.MemberIds.Count),
                licenses = new { seats = data.Licenses.PoolTotal, assigned, pending = data.LicenseStatuses.Count - assigned },
                modules,
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            };
            return context.Print(parse.GetValue(json), result,
                $"Account {accountId}: {result.users} users, {result.groups} groups ({result.memberships} memberships), "
                + $"{assigned} licences assigned and {result.licenses.pending} pending of {data.Licenses.PoolTotal} seats, "
                + $"{modules.GetValueOrDefault("events")?.GetValueOrDefault("ProvisioningEvents") ?? 0} events, in {result.seconds.ToString(CultureInfo.InvariantCulture)} s.");
        });
        return command;
    }

    private static Option<int> Count(string name, int fallback, int max, string description) => new(name)
    {
        Description = $"{description} Default {fallback.ToString(CultureInfo.InvariantCulture)}.",
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
            {
                return value;
            }

            r.AddError($"{name} is a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
            return fallback;
        },
    };
}
