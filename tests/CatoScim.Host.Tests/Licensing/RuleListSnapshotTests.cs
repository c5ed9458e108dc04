using System.Data.Common;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Licensing.LicensingTestData;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>A page of licence rules and its total come from one snapshot, even when a rule is committed between the two reads.</summary>
public sealed class RuleListSnapshotTests : IAsyncLifetime
{
    private const string CreateRule = "mutation($a: ID!, $u: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: USER, userId: $u}) { licenseRule { id } } } }";
    private const string Rules = "query($a: ID!) { licensing(accountId: $a) { rules { items { id } paging { total } } } }";

    private readonly CommitBetweenReads _commit = new();
    private readonly CatoScimFactory _factory;

    public RuleListSnapshotTests() => _factory = new(
        settings: new() { ["Scim:RateLimitPerSecond"] = "0" },
        services: s => s.ConfigureDbContext<LicensingSqliteDbContext>(o => o.AddInterceptors(_commit)));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_rule_committed_between_the_page_and_its_count_is_in_neither()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var gql = _factory.GraphQL(key);
        var scim = await _factory.CreateScimClientAsync(accountId);
        var users = await CreateScimUsersAsync(scim, 1);
        await Eventually.AssertAsync(() => _factory.LicensingDbAsync(db => db.Users.CountAsync(u => u.AccountId == accountId)), n => n == 1, "the user's copy");
        await gql.DataAsync(CreateRule, new { a = accountId, u = users[0] });

        _commit.Armed = true;
        var rules = (await gql.DataAsync(Rules, new { a = accountId })).GetProperty("licensing").GetProperty("rules");

        Assert.False(_commit.Armed);
        Assert.Equal(1, rules.GetProperty("items").GetArrayLength());
        Assert.Equal(1, rules.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(2, await _factory.LicensingDbAsync(db => db.Rules.CountAsync(r => r.AccountId == accountId)));
    }

    /// <summary>Once armed: right after the page of rules is read, another connection commits a second rule.</summary>
    private sealed class CommitBetweenReads : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("\"Licensing_Rules\"", StringComparison.Ordinal) && command.CommandText.Contains("LIMIT", StringComparison.Ordinal))
            {
                Armed = false;
                await using var other = new SqliteConnection(new SqliteConnectionStringBuilder(command.Connection!.ConnectionString) { Pooling = false }.ToString());
                await other.OpenAsync(cancellationToken);
                await using var insert = other.CreateCommand();
                var subject = Guid.NewGuid().ToString().ToUpperInvariant();
                insert.CommandText = """
                    INSERT INTO "Licensing_Rules" ("Id", "AccountId", "Kind", "UserId", "GroupId", "Subject", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "OrphanedAt")
                    SELECT $id, "AccountId", "Kind", $subject, "GroupId", $subject, "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "OrphanedAt" FROM "Licensing_Rules" LIMIT 1
                    """;
                insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
                insert.Parameters.AddWithValue("$subject", subject);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}
