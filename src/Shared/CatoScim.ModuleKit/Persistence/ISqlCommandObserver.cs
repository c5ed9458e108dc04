namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Told of every statement run outside EF (on a <see cref="SqlitePreparedSession"/>), so what EF interceptors see of a
/// request's database work (tests' cost meters, diagnostics) also covers the prepared path.
/// </summary>
public interface ISqlCommandObserver
{
    void Executed(int rowsRead);
}
