using System.Security.Cryptography;

namespace CatoScim.Bench;

/// <summary>State shared by the phases of one run.</summary>
internal sealed class BenchContext(ScimClient? client, ConsoleClient? console, BenchOptions options, string runId, CancellationToken cancellation)
{
    private readonly List<PhaseStats> _stats = [];

    /// <summary>The SCIM target; a run of console phases only has none.</summary>
    public ScimClient Client => client ?? throw new InvalidOperationException("this run has no SCIM target");

    /// <summary>GraphQL as the admin console sends it; set when the run has --url, --api-key and --account.</summary>
    public ConsoleClient? ConsoleApi => console;

    /// <summary>Every request sent so far by either client; the denominator of a phase's CPU per request.</summary>
    public long RequestsSent => (client?.RequestsSent ?? 0) + (console?.RequestsSent ?? 0);

    public BenchOptions Options => options;

    public string RunId => runId;

    /// <summary>Okta user ids look like 00u + 17 characters; the seed keeps externalIds unique per run.</summary>
    public string OktaIdSeed { get; } = RandomNumberGenerator.GetHexString(10, lowercase: true);

    public CancellationToken Cancellation => cancellation;

    /// <summary>Users the create phase got a 201 for, in index order.</summary>
    public IReadOnlyList<BenchUser> Users { get; private set; } = [];

    public void SetUsers(IReadOnlyList<BenchUser> users) => Users = users;

    /// <summary>Stats by name, created on first use so the report keeps the order phases touched them.</summary>
    public PhaseStats Stats(string name)
    {
        lock (_stats)
        {
            var existing = _stats.Find(s => s.Name == name);
            if (existing is not null)
            {
                return existing;
            }

            var created = new PhaseStats(name);
            _stats.Add(created);
            return created;
        }
    }

    public IReadOnlyList<PhaseStats> AllStats()
    {
        lock (_stats)
        {
            return _stats.ToArray();
        }
    }
}
