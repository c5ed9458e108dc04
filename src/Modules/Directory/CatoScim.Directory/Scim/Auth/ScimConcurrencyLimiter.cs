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

    /// <summary>
    /// Takes one of the directory's permits, released when <paramref name="permit"/> is disposed (null when the cap is
    /// off); false when it has none left.
    /// </summary>
    public bool TryEnter(Guid directoryId, out IDisposable? permit)
    {
        permit = null;
        if (_limiter is null)
        {
            return true;
        }

        var lease = _limiter.AttemptAcquire(directoryId);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            return false;
        }

        permit = lease;
        return true;
    }

    public void Dispose() => _limiter?.Dispose();
}
