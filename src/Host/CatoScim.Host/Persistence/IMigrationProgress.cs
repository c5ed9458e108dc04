namespace CatoScim.Host.Persistence;

internal interface IMigrationProgress
{
    void Starting(string module, IReadOnlyList<string> pending);

    void Finished(ModuleMigration migration);
}
