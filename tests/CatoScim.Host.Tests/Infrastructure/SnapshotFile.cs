namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>
/// A checked-in snapshot compared with what the code produces. UPDATE_SNAPSHOTS=1 rewrites a stale snapshot and
/// still fails the run, so a rewrite is never reported as a passing comparison; under CI=true it is refused.
/// </summary>
public static class SnapshotFile
{
    public static void AssertMatches(string path, string actual) => AssertMatches(path, actual,
        update: Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1", ci: Environment.GetEnvironmentVariable("CI") == "true");

    public static void AssertMatches(string path, string actual, bool update, bool ci)
    {
        if (update && ci)
        {
            Assert.Fail($"UPDATE_SNAPSHOTS=1 under CI=true: CI compares snapshots, it never rewrites them ({path}).");
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        if (update)
        {
            File.WriteAllText(path, actual);
            Assert.Fail($"Snapshot rewritten: {path}. Review the diff, then rerun without UPDATE_SNAPSHOTS.");
        }

        Assert.True(expected is not null, $"Missing snapshot {path}; run the tests once with UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(expected, actual);
    }
}
