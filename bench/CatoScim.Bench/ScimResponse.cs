using System.Diagnostics;

namespace CatoScim.Bench;

/// <summary>One timed exchange. Status 0 means no HTTP response (connect failure, timeout); Body then holds the reason.</summary>
internal readonly record struct ScimResponse(int Status, string Body, long StartTimestamp, long EndTimestamp)
{
    public double ElapsedMs => Stopwatch.GetElapsedTime(StartTimestamp, EndTimestamp).TotalMilliseconds;
}
