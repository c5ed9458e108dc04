using System.Collections.Concurrent;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Digests;

/// <summary>
/// The test email reaches real mailboxes, so an account gets one per <see cref="DigestOptions.TestEmailIntervalSeconds"/>.
/// The claim is taken before sending: two aliases of the mutation in one document send once, the second is refused.
/// </summary>
internal sealed class TestEmailLimiter(IOptions<EventsOptions> options, TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastSent = new();
    private readonly Lock _gate = new();

    public void Claim(Guid accountId)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0, options.Value.Digest.TestEmailIntervalSeconds));
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_lastSent.TryGetValue(accountId, out var last) && now - last < interval)
            {
                var wait = Math.Max(1, (int)Math.Ceiling((last + interval - now).TotalSeconds));
                throw new ExecutionError($"A test email was sent moments ago; retry after {wait} s.") { Code = ErrorCodes.RateLimited };
            }

            if (_lastSent.Count >= MaxTracked)
            {
                foreach (var (key, sent) in _lastSent)
                {
                    if (now - sent >= interval)
                    {
                        _lastSent.TryRemove(key, out _);
                    }
                }
            }

            _lastSent[accountId] = now;
        }
    }
}
