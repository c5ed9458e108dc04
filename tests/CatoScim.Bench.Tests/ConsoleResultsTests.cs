using System.Text.Json;

namespace CatoScim.Bench.Tests;

/// <summary>Console rows are reported like the SCIM phases' rows, with the 95th percentile the console's target is set on.</summary>
public sealed class ConsoleResultsTests
{
    [Fact]
    public void A_row_reports_p50_p95_and_max_of_its_requests_by_nearest_rank()
    {
        var stats = new PhaseStats("console.Users.first-page");
        for (var ms = 1; ms <= 40; ms++)
        {
            stats.Record(new ScimResponse(200, "{}", 0, TimeSpan.FromMilliseconds(ms).Ticks * System.Diagnostics.Stopwatch.Frequency / TimeSpan.TicksPerSecond), null);
        }

        var result = stats.ToResult();

        Assert.Equal(40, result.Requests);
        Assert.Equal(20, result.P50Ms, 3);
        Assert.Equal(38, result.P95Ms, 3);
        Assert.Equal(40, result.MaxMs, 3);
    }

    [Fact]
    public void The_table_and_the_json_carry_p95()
    {
        var result = new PhaseResult("console.Licensing", 30, 0, 1.0, 30, 5, 8, 9, 12, 15, 6, null);
        using var table = new StringWriter();
        ResultsTable.Print([result], table);
        var path = Path.Combine(Path.GetTempPath(), $"bench-console-{Guid.NewGuid():N}.json");
        var options = BenchOptionsParser.Parse(["--url", "http://127.0.0.1:5080", "--api-key", "k", "--account", "a", "--phases", "console", "--iterations", "30"]);

        ResultsJson.Write(path, "run", options, null, [result]);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        File.Delete(path);

        var header = table.ToString().Split('\n')[0];
        Assert.Contains("p95 ms", header, StringComparison.Ordinal);
        Assert.True(header.IndexOf("p90 ms", StringComparison.Ordinal) < header.IndexOf("p95 ms", StringComparison.Ordinal));
        Assert.Equal(30, json.RootElement.GetProperty("iterations").GetInt32());
        var row = json.RootElement.GetProperty("phases")[0];
        Assert.Equal("console.Licensing", row.GetProperty("name").GetString());
        Assert.Equal(9, row.GetProperty("p95Ms").GetDouble());
        Assert.Equal(12, row.GetProperty("p99Ms").GetDouble());
    }

    [Fact]
    public void A_graphql_error_in_a_200_answer_is_a_failure()
    {
        var ok = new ScimResponse(200, """{"data":{"viewer":{"role":"EDITOR"}}}""", 0, 1);
        var error = new ScimResponse(200, """{"errors":[{"message":"No user with that id"}],"data":null}""", 0, 1);

        Assert.Null(ConsoleClient.Failure(ok));
        Assert.Contains("No user with that id", ConsoleClient.Failure(error), StringComparison.Ordinal);
        Assert.Equal("HTTP 400", ConsoleClient.Failure(new ScimResponse(400, "{}", 0, 1)));
    }
}
