using System.Globalization;

namespace CatoScim.Bench;

/// <summary>A user of this run; <see cref="Id"/> is empty until the server has assigned one.</summary>
internal sealed record BenchUser(int Index, string UserName, string ExternalId)
{
    public string Id { get; init; } = "";

    /// <summary>The tag keeps user sets of different phases apart within one run.</summary>
    public static BenchUser For(BenchContext context, string tag, int index) =>
        new(
            index,
            $"bench-{context.RunId}-{tag}{index.ToString(CultureInfo.InvariantCulture)}@example.com",
            $"00u{context.OktaIdSeed}{tag}{index.ToString("x6", CultureInfo.InvariantCulture)}");
}
