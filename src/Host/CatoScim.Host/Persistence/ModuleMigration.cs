namespace CatoScim.Host.Persistence;

internal sealed record ModuleMigration(string Module, IReadOnlyList<string> Applied);
