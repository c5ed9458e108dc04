using CatoScim.Host.Persistence;

namespace CatoScim.Host.Cli.Verbs;

internal sealed class MigrationProgressPrinter(TextWriter writer) : IMigrationProgress
{
    public void Starting(string module, IReadOnlyList<string> pending)
    {
        if (pending.Count > 0)
        {
            writer.WriteLine($"{module}: applying {pending.Count} migration(s): {string.Join(", ", pending)}");
        }
    }

    public void Finished(ModuleMigration migration) =>
        writer.WriteLine(migration.Applied.Count == 0 ? $"{migration.Module}: up to date" : $"{migration.Module}: done");
}
