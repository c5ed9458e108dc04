namespace CatoScim.ModuleKit.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
