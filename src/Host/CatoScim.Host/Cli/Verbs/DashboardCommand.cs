using System.CommandLine;
using CatoScim.Host.Hangfire;

namespace CatoScim.Host.Cli.Verbs;

internal static class DashboardCommand
{
    public static Command Create(CliContext context)
    {
        var password = new Option<string>("--password") { HelpName = "PASSWORD", Description = "The password; read from stdin when absent, to keep it out of the shell history." };
        var json = CliOptions.Json();
        var hash = new Command("hash-password", "Print the hash to put in Hangfire:Dashboard:PasswordHash.") { password, json };
        hash.SetAction(parse =>
        {
            var clear = parse.GetValue(password) ?? context.Console.In.ReadLine() ?? throw new CliException("No password given.");
            var hashed = DashboardCredentials.Hash(clear);
            return context.Print(parse.GetValue(json), new { passwordHash = hashed }, hashed);
        });
        return new Command("dashboard", "The Hangfire dashboard at /hangfire.") { hash };
    }
}
