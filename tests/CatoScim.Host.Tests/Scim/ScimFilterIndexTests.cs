using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Users;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Scim.Protocol;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// The filters Okta and Entra send must be index seeks, whatever the directory's size: SQLite's own query plan
/// for the exact SQL the service runs is checked, so a planner choice that would scan fails here.
/// </summary>
public sealed class ScimFilterIndexTests
{
    [Theory]
    [InlineData("userName eq \"ann@acme.com\"", "IX_Directory_Users_AccountId_UserNameNormalized")]
    [InlineData("externalId eq \"00u1abcd\"", "IX_Directory_Users_DirectoryId_ExternalId_Id")]
    [InlineData("id eq \"01a22285-8789-721d-acb7-23423a1f7902\"", "sqlite_autoindex_Directory_Users_1")]
    [InlineData("emails[type eq \"work\" and value eq \"ann@acme.com\"]", "IX_Directory_Users_DirectoryId_EmailNormalized_Id")]
    [InlineData("userName eq \"ann@acme.com\" and active eq true", "IX_Directory_Users_AccountId_UserNameNormalized")]
    public async Task Okta_and_entra_filters_are_served_by_an_index(string filter, string index)
    {
        await using var factory = new CatoScimFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var accountId = Guid.CreateVersion7();
        var directoryId = Guid.CreateVersion7();
        var query = ScimListQuery.From(name => name == "filter" ? filter : null, 100);
        var scoped = db.Users.Where(u => u.AccountId == accountId && u.DirectoryId == directoryId);
        var filtered = ScimQueryable.Apply(scoped, ScimUserAttributes.Map, query, u => u.Id);

        var plan = await ExplainAsync(db, filtered.ToQueryString());

        Assert.True(plan.Contains(index, StringComparison.Ordinal), plan);
        Assert.DoesNotContain("SCAN Directory_Users", plan, StringComparison.Ordinal);
    }

    private static async Task<string> ExplainAsync(DbContext db, string queryString)
    {
        var lines = queryString.Split('\n');
        await using var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            command.Parameters.AddWithValue(parts[0], parts[1].Trim().Trim('\''));
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }
}
