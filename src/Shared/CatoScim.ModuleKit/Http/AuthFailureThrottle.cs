using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CatoScim.ModuleKit.Http;

/// <summary>
/// Failed sign-ins per client address (SCIM bearer, GraphQL key, dashboard Basic). Checked before any hashing or
/// database work, so a guessing client costs one dictionary lookup per request once it is over the burst.
/// </summary>
public sealed class AuthFailureThrottle
{
    /// <summary>Beyond this many tracked addresses the expired ones are dropped; a flood of fresh ones resets the table.</summary>
    public const int MaxTrackedAddresses = 100_000;

    private readonly ConcurrentDictionary<IPAddress, Window> _windows = new();
    private readonly TimeProvider _time;

    public AuthFailureThrottle(IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _time = time;
        Burst = configuration.GetValue("AuthFailures:Burst", 20);
        Period = configuration.GetValue("AuthFailures:Window", TimeSpan.FromMinutes(5));
    }

    /// <summary>Failures an address may have within <see cref="Period"/>; 0 turns the throttle off.</summary>
    public int Burst { get; }

    public TimeSpan Period { get; }

    /// <returns>Null when the client may try to authenticate, else the whole seconds until it may (at least 1).</returns>
    public int? RetryAfter(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Burst <= 0 || !_windows.TryGetValue(ClientKey(http), out var window))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var ends = window.Start + Period;
        return window.Failures >= Burst && now < ends ? Math.Max(1, (int)Math.Ceiling((ends - now).TotalSeconds)) : null;
    }

    public void RecordFailure(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Burst <= 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (_windows.Count >= MaxTrackedAddresses)
        {
            Prune(now);
        }

        _windows.AddOrUpdate(ClientKey(http), _ => new Window(now, 1),
            (_, w) => now >= w.Start + Period ? new Window(now, 1) : w with { Failures = w.Failures + 1 });
    }

    /// <summary>Sets 429 and `Retry-After` on the response; the caller writes the body in its protocol's shape.</summary>
    public static void Refuse(HttpContext http, int retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (now >= window.Start + Period)
            {
                _windows.TryRemove(key, out _);
            }
        }

        if (_windows.Count >= MaxTrackedAddresses)
        {
            _windows.Clear();
        }
    }

    /// <summary>IPv6 clients are keyed by their /64: one host usually owns the whole prefix.</summary>
    private static IPAddress ClientKey(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return IPAddress.None;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }

    private sealed record Window(DateTimeOffset Start, int Failures);
}
