using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CatoScim.ModuleKit.Persistence;

public static class SqlServerProvider
{
    /// <summary>The provider name EF Core gives the SQL Server provider (its assembly name).</summary>
    public const string EfProviderName = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>
    /// The test EF's <c>IsSqlServer()</c> makes, without calling it: that extension lives in the SQL Server provider's
    /// assembly, and calling it maps the provider into a SQLite deployment's memory.
    /// </summary>
    public static bool UsesSqlServer(this DatabaseFacade database) => database.ProviderName == EfProviderName;
}
