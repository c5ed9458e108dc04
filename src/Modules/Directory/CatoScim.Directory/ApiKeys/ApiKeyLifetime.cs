namespace CatoScim.Directory.ApiKeys;

/// <summary>
/// `ApiKeys:MaxLifetimeDays`: no key lives forever, and a key cannot mint one that outlives it, so a leaked key's
/// reach ends with it.
/// </summary>
internal sealed class ApiKeyLifetime(int maxDays)
{
    public const int DefaultMaxDays = 365;

    public int MaxDays { get; } = maxDays > 0 ? maxDays
        : throw new InvalidOperationException($"ApiKeys:MaxLifetimeDays must be a positive number of days, not {maxDays}.");

    /// <summary>
    /// The expiry to store: the requested one, clamped to the maximum lifetime, or the latest allowed one when none was
    /// asked for. A request that, clamped, is still after the creating key's own expiry is refused.
    /// </summary>
    /// <exception cref="ArgumentException">The requested expiry is past or after the creating key's.</exception>
    public DateTime ExpiryFor(DateTime? requested, DateTime now, DateTime? creatorExpiresAt)
    {
        var max = now.AddDays(MaxDays);
        if (requested is not { } asked)
        {
            return creatorExpiresAt is { } creator && creator < max ? creator : max;
        }

        var expiry = asked.ToUniversalTime();
        if (expiry <= now)
        {
            throw new ArgumentException("expiresAt must be in the future.", nameof(requested));
        }

        expiry = expiry < max ? expiry : max;
        return creatorExpiresAt is { } limit && expiry > limit
            ? throw new ArgumentException($"expiresAt cannot be after the expiry of the key that creates it ({limit:yyyy-MM-dd'T'HH:mm:ss'Z'}).", nameof(requested))
            : expiry;
    }
}
