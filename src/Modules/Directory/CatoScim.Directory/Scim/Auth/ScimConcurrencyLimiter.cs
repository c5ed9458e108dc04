using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// At most `Scim:MaxConcurrentRequests` requests of one directory in progress at once. The token bucket bounds how
/// many a directory starts per second, not how long each holds on: a client that sends its bodies at the 240 bytes a
/// second Kestrel allows, or asks for the costliest pages in parallel, would otherwise gather hundreds of open
/// requests (connections, buffers, the thread pool's time) that every other tenant shares. Okta and Entra run a few
/// requests at a time per app.
/// </summary>
internal sealed class ScimConcurrencyLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Guid>? _limiter;

    public ScimConcurrencyLimiter(IOptions<ScimOptions> options)
    {
        var permits = options.Value.MaxConcurrentRequests;
        if (permits > 0)
        {
            _limiter = PartitionedRateLimiter.Create<Guid, Guid>(directory => RateLimitPartition.GetConcurrencyLimiter(directory, _ =>
                new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = 0 }));
        }
    }

    /// <summary>The directory's permit for one request, released when disposed; null when it has none left.</summary>
    public IDisposable? TryEnter(Guid directoryId)
    {
        if (_limiter is null)
        {
            return NoLimit.Instance;
        }

        var lease = _limiter.AttemptAcquire(directoryId);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    public void Dispose() => _limiter?.Dispose();

    private sealed class NoLimit : IDisposable
    {
        public static readonly NoLimit Instance = new();

        public void Dispose()
        {
        }
    }
}
