using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>A token bucket per directory, so one noisy IdP cannot starve the others.</summary>
internal sealed class ScimRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Guid>? _limiter;

    public ScimRateLimiter(IOptions<ScimOptions> options)
    {
        var o = options.Value;
        if (o.RateLimitPerSecond > 0)
        {
            _limiter = PartitionedRateLimiter.Create<Guid, Guid>(directory => RateLimitPartition.GetTokenBucketLimiter(directory, _ =>
                new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(o.RateLimitBurst, o.RateLimitPerSecond),
                    TokensPerPeriod = o.RateLimitPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        }
    }

    /// <returns>Null when the request may proceed, else the whole seconds to wait (at least 1).</returns>
    public int? TryAcquire(Guid directoryId)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(directoryId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 1;
    }

    public void Dispose() => _limiter?.Dispose();
}
