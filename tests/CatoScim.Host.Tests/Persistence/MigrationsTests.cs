using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>
/// No model change may ship without a migration, on either provider. SQL Server is proven without a server:
/// the model diff and the idempotent script need no connection.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Contexts =>
    [
        nameof(DirectorySqliteDbContext), nameof(DirectorySqlServerDbContext),
        nameof(LicensingSqliteDbContext), nameof(LicensingSqlServerDbContext),
        nameof(EventsSqliteDbContext), nameof(EventsSqlServerDbContext),
    ];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Model_has_no_pending_changes(string context)
    {
        using var db = Create(context);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} has model changes without a migration: run scripts/add-migration.sh");
    }

    [Theory]
    [InlineData(nameof(DirectorySqlServerDbContext), "directory")]
    [InlineData(nameof(LicensingSqlServerDbContext), "licensing")]
    [InlineData(nameof(EventsSqlServerDbContext), "events")]
    public void Sql_server_idempotent_script_generates_in_the_module_schema(string context, string schema)
    {
        using var db = Create(context);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains($"[{schema}].", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    private static DbContext Create(string context) => context switch
    {
        nameof(DirectorySqliteDbContext) => new DirectorySqliteDesignTimeFactory().CreateDbContext([]),
        nameof(DirectorySqlServerDbContext) => new DirectorySqlServerDesignTimeFactory().CreateDbContext([]),
        nameof(LicensingSqliteDbContext) => new LicensingSqliteDesignTimeFactory().CreateDbContext([]),
        nameof(LicensingSqlServerDbContext) => new LicensingSqlServerDesignTimeFactory().CreateDbContext([]),
        nameof(EventsSqliteDbContext) => new EventsSqliteDesignTimeFactory().CreateDbContext([]),
        nameof(EventsSqlServerDbContext) => new EventsSqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(context)),
    };
}
