using Xunit.Sdk;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>The snapshot rules themselves, on files in a temporary folder.</summary>
public sealed class SnapshotFileTests
{
    private readonly string _path = Path.Combine(TestFolders.New(), "snapshot.txt");

    [Fact]
    public void A_matching_snapshot_passes_and_a_different_one_fails_without_being_touched()
    {
        File.WriteAllText(_path, "type Query\r\n");
        SnapshotFile.AssertMatches(_path, "type Query\n", update: false, ci: false);

        Assert.ThrowsAny<XunitException>(() => SnapshotFile.AssertMatches(_path, "type Mutation\n", update: false, ci: false));
        Assert.Equal("type Query\r\n", File.ReadAllText(_path));
    }

    [Fact]
    public void Update_rewrites_a_stale_snapshot_and_fails_the_run_then_the_rerun_passes()
    {
        File.WriteAllText(_path, "type Query\n");
        var rewritten = Assert.ThrowsAny<XunitException>(() => SnapshotFile.AssertMatches(_path, "type Mutation\n", update: true, ci: false));
        Assert.Contains("Snapshot rewritten", rewritten.Message, StringComparison.Ordinal);
        Assert.Equal("type Mutation\n", File.ReadAllText(_path));

        SnapshotFile.AssertMatches(_path, "type Mutation\n", update: false, ci: false);
    }

    [Fact]
    public void Update_under_ci_fails_and_leaves_even_a_matching_snapshot_alone()
    {
        File.WriteAllText(_path, "type Query\n");
        var refused = Assert.ThrowsAny<XunitException>(() => SnapshotFile.AssertMatches(_path, "type Mutation\n", update: true, ci: true));
        Assert.Contains("CI=true", refused.Message, StringComparison.Ordinal);
        Assert.Throws<FailException>(() => SnapshotFile.AssertMatches(_path, "type Query\n", update: true, ci: true));
        Assert.Equal("type Query\n", File.ReadAllText(_path));
    }

    [Fact]
    public void A_missing_snapshot_fails_unless_updating_which_writes_it_and_still_fails()
    {
        Assert.ThrowsAny<XunitException>(() => SnapshotFile.AssertMatches(_path, "type Query\n", update: false, ci: false));
        Assert.False(File.Exists(_path));

        Assert.ThrowsAny<XunitException>(() => SnapshotFile.AssertMatches(_path, "type Query\n", update: true, ci: false));
        Assert.Equal("type Query\n", File.ReadAllText(_path));
    }
}
