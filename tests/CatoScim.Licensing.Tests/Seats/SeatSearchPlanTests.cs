using CatoScim.Licensing.Seats;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Tests.Seats;

/// <summary>
/// A userName substring cannot seek an index; SQLite's own plan for the exact SQL the assignment search runs shows it
/// stays within the account's seats (a range of their key) and reads each user by key, never scanning either table.
/// </summary>
public sealed class SeatSearchPlanTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_user_name_search_reads_only_the_accounts_seats_and_their_users_by_key(bool pendingOnly)
    {
        SeatStatus? status = pendingOnly ? SeatStatus.Pending : null;
        var h = await LicensingHarness.CreateAsync();
        await using var db = h.Db();
        var query = SeatListQuery.Sort(SeatListQuery.Filter(db, h.AccountId, new SeatFilter { UserName = "ann", Status = status }), null);

        var plan = await ExplainAsync(db, query.ToQueryString());

        Assert.Contains("USING INDEX IX_Licensing_Seats_AccountId_Status_Via_CoveredAt_UserId (AccountId=?", plan, StringComparison.Ordinal);
        Assert.Contains("USING INDEX sqlite_autoindex_Licensing_Users_1 (UserId=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
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
