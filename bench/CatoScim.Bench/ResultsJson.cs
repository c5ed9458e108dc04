using System.Text.Json;

namespace CatoScim.Bench;

internal static class ResultsJson
{
    /// <summary>Written by hand with Utf8JsonWriter so the field names stay fixed for whatever consumes the file.</summary>
    public static void Write(string path, string runId, BenchOptions options, int? hostPid, IReadOnlyList<PhaseResult> results)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("runId", runId);
        writer.WriteNumber("users", options.Users);
        writer.WriteNumber("concurrency", options.Concurrency);
        writer.WriteNumber("iterations", options.Iterations);
        Number(writer, "hostPid", hostPid, 0);
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
            writer.WriteNumber("p95Ms", Math.Round(r.P95Ms, 3));
            writer.WriteNumber("p99Ms", Math.Round(r.P99Ms, 3));
            writer.WriteNumber("maxMs", Math.Round(r.MaxMs, 3));
            writer.WriteNumber("meanMs", Math.Round(r.MeanMs, 3));
            WriteCpu(writer, r.Cpu);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>null where nothing was measured, so a missing figure is never read as zero.</summary>
    private static void WriteCpu(Utf8JsonWriter writer, PhaseCpu? cpu)
    {
        if (cpu is null)
        {
            writer.WriteNull("cpuPhase");
        }
        else
        {
            writer.WriteString("cpuPhase", cpu.Phase);
        }

        Number(writer, "cpuPhaseRequests", cpu?.Requests, 0);
        Number(writer, "hostCpuSeconds", cpu?.HostCpuSeconds, 3);
        Number(writer, "hostCpuSecondsPer1000", cpu?.HostCpuSecondsPer1000, 4);
        Number(writer, "hostRssMiB", cpu?.HostRssMiB, 1);
        if (cpu?.HostIdle is { } idle)
        {
            writer.WriteBoolean("hostIdleAfter", idle);
        }
        else
        {
            writer.WriteNull("hostIdleAfter");
        }

        Number(writer, "benchCpuSeconds", cpu?.BenchCpuSeconds, 3);
        Number(writer, "benchCpuSecondsPer1000", cpu?.BenchCpuSecondsPer1000, 4);
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value, int digits)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Math.Round(v, digits));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
