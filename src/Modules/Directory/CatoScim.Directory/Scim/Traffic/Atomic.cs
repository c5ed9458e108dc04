namespace CatoScim.Directory.Scim.Traffic;

/// <summary>Lock-free minimum and maximum on shared counters of the request path.</summary>
internal static class Atomic
{
    /// <returns>True when <paramref name="value"/> became (or already was) the maximum.</returns>
    public static bool Max(ref long field, long value)
    {
        var current = Volatile.Read(ref field);
        while (current < value)
        {
            var seen = Interlocked.CompareExchange(ref field, value, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return current == value;
    }

    public static void Min(ref long field, long value)
    {
        var current = Volatile.Read(ref field);
        while (current > value)
        {
            var seen = Interlocked.CompareExchange(ref field, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
