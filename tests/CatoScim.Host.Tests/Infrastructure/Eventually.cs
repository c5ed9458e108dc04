namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>Waits for the outbox dispatcher (a background service) with a bound, never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> AssertAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int timeoutMs = 15_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        T value;
        while (!done(value = await probe()))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(50);
        }

        return value;
    }
}
