using CatoScim.Directory.Scim.Traffic;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>Drives the SCIM flush the way production does: by the clock, here the fake one.</summary>
public static class ScimFlush
{
    /// <summary>Moves the clock (by at least one flush interval) and waits for the flush that saw the new time.</summary>
    public static Task AdvanceAndFlushAsync(this CatoScimFactory factory, TimeSpan by)
    {
        Assert.True(by >= TimeSpan.FromSeconds(15), "shorter than the flush interval: no flush would be due");
        factory.Time.Advance(by);
        return factory.WaitForFlushAsync();
    }

    /// <summary>Waits for a flush that saw the clock as it is now (after an Advance or SetUtcNow that crossed an interval).</summary>
    public static async Task WaitForFlushAsync(this CatoScimFactory factory)
    {
        var flusher = factory.Services.GetRequiredService<ScimFlushService>();
        var target = factory.Time.GetUtcNow().UtcDateTime;
        await Eventually.AssertAsync(() => Task.FromResult(flusher.LastFlushAt), at => at >= target, $"a SCIM flush at {target:o}");
    }
}
