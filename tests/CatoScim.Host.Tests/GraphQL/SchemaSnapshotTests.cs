using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The SDL is a contract with outside tools: any change must show up in review as a diff of schema.graphql.
/// Run with UPDATE_SNAPSHOTS=1 to rewrite the snapshot after an intended change (that run fails; rerun to compare).
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public async Task Served_sdl_matches_the_checked_in_snapshot()
    {
        await using var factory = new CatoScimFactory();
        var served = (await factory.CreateClient().GetStringAsync("/graphql/schema.graphql")).ReplaceLineEndings("\n");
        SnapshotFile.AssertMatches(Path.Combine(RepoPaths.Root, "tests", "CatoScim.Host.Tests", "GraphQL", "schema.graphql"), served);
    }
}
