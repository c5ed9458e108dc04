using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Persistence;

public static class ModelBuilderConventions
{
    /// <summary>SQLite has no schemas, so every table also carries the module prefix (`Directory_Users`).</summary>
    public static string Table(string schema, string name) => $"{char.ToUpperInvariant(schema[0])}{schema[1..]}_{name}";

    /// <summary>On SQL Server each module also gets its own schema.</summary>
    public static void UseModuleSchema(this ModelBuilder modelBuilder, string schema, bool isSqlServer)
    {
        if (isSqlServer)
        {
            modelBuilder.HasDefaultSchema(schema);
        }
    }
}
