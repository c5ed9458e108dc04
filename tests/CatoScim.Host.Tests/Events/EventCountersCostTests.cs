using System.Collections.Concurrent;
using System.Data.Common;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>
/// `summary` and `timeline` read whole hours from the counters: the only event rows they touch are those of the
/// partial hours at a range's edges, through the (AccountId, Time) index, so their cost does not grow with the table.
/// </summary>
public sealed class EventCountersCostTests : AccountTestBase
{
    private const string EventsTable = "\"Events_ProvisioningEvents\"";
    private const string CountersTable = "\"Events_HourlyCounts\"";
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    private readonly EventReads _reads;

    public EventCountersCostTests()
        : this(new EventReads())
    {
    }

    private EventCountersCostTests(EventReads reads)
        : base(new(services: s => s.ConfigureDbContext<EventsSqliteDbContext>(o => o.AddInterceptors(reads)))) => _reads = reads;

    [Fact]
    public async Task The_summary_reads_rows_only_in_the_partial_hours_and_through_the_time_index()
    {
        // 12 hours of 50 events each; the range cuts 7 minutes into the first and 10 minutes before the end of the last.
        var times = Enumerable.Range(0, 600).Select(i => T0.AddHours(-6).AddSeconds(i * 72 + 1)).ToList();
        await Factory.AddAsync([.. times.Select(t => EventSeed.Event(AccountId, t))]);
        var (from, to) = (T0.AddHours(-6).AddMinutes(7), T0.AddHours(5).AddMinutes(50));

        _reads.Reset();
        var summary = await Client.SummaryAsync(AccountId, from, to);

        Assert.Equal(times.Count(t => t >= from && t < to), summary.GetProperty("total").GetInt32());
        var rowReads = _reads.Commands.Where(c => c.Sql.Contains(EventsTable, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rowReads.Count);
        Assert.Single(_reads.Commands, c => c.Sql.Contains(CountersTable, StringComparison.Ordinal));
        foreach (var read in rowReads)
        {
            var bounds = read.Parameters.Values.OfType<DateTime>().Order().ToList();
            Assert.Equal(2, bounds.Count);
            Assert.True(bounds[1] - bounds[0] <= TimeSpan.FromHours(1), $"{bounds[0]:o} to {bounds[1]:o}: more than a partial hour");
            var plan = await PlanAsync(read);
            Assert.All(plan, step => Assert.DoesNotContain("SCAN", step, StringComparison.Ordinal));
            Assert.Contains(plan, step => step.StartsWith("SEARCH", StringComparison.Ordinal) && step.Contains("AccountId=? AND Time>? AND Time<?", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_timeline_reads_no_event_rows_at_all()
    {
        await Factory.AddAsync([.. Enumerable.Range(0, 300).Select(i => EventSeed.Event(AccountId, T0.AddMinutes(-i * 4)))]);

        _reads.Reset();
        var buckets = await Client.TimelineAsync(AccountId, T0.AddHours(-23), T0.AddHours(1));

        Assert.Equal(300, buckets.Sum(b => b.GetProperty("byAction").EnumerateArray().Sum(a => a.GetProperty("count").GetInt32())));
        Assert.DoesNotContain(_reads.Commands, c => c.Sql.Contains(EventsTable, StringComparison.Ordinal));
        var read = Assert.Single(_reads.Commands, c => c.Sql.Contains(CountersTable, StringComparison.Ordinal));
        Assert.Contains(await PlanAsync(read), step => step.StartsWith("SEARCH", StringComparison.Ordinal) && step.Contains("AccountId=? AND HourStart>? AND HourStart<?", StringComparison.Ordinal));
    }

    private async Task<List<string>> PlanAsync((string Sql, Dictionary<string, object?> Parameters) read)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<EventsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + read.Sql;
        foreach (var (name, value) in read.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return steps;
    }

    /// <summary>The SELECTs sent on the Events context (text and parameters), whoever sends them.</summary>
    private sealed class EventReads : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<(string Sql, Dictionary<string, object?> Parameters)> _commands = new();

        public List<(string Sql, Dictionary<string, object?> Parameters)> Commands => [.. _commands];

        public void Reset() => _commands.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                _commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName, p => (object?)p.Value)));
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
