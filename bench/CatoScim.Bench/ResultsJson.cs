using System.Text.Json;

namespace CatoScim.Bench;

internal static class ResultsJson
{
    /// <summary>Written by hand with Utf8JsonWriter so the field names stay fixed for whatever consumes the file.</summary>
    public static void Write(string path, string runId, BenchOptions options, IReadOnlyList<PhaseResult> results)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("runId", runId);
        writer.WriteNumber("users", options.Users);
        writer.WriteNumber("concurrency", options.Concurrency);
        writer.WriteStartArray("phases");
        foreach (var r in results)
        {
            writer.WriteStartObject();
            writer.WriteString("name", r.Name);
            writer.WriteNumber("requests", r.Requests);
            writer.WriteNumber("errors", r.Errors);
            writer.WriteNumber("seconds", Math.Round(r.Seconds, 3));
            writer.WriteNumber("throughput", Math.Round(r.Throughput, 1));
            writer.WriteNumber("p50Ms", Math.Round(r.P50Ms, 3));
            writer.WriteNumber("p90Ms", Math.Round(r.P90Ms, 3));
            writer.WriteNumber("p99Ms", Math.Round(r.P99Ms, 3));
            writer.WriteNumber("maxMs", Math.Round(r.MaxMs, 3));
            writer.WriteNumber("meanMs", Math.Round(r.MeanMs, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
