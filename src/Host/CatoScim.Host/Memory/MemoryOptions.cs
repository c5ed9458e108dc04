namespace CatoScim.Host.Memory;

/// <summary>`Memory:*` settings.</summary>
internal sealed class MemoryOptions
{
    /// <summary>MiB allocated between two gen0 collections at most; 0 leaves the runtime's budget.</summary>
    public int Gen0BudgetMiB { get; set; } = 16;

    /// <summary>Quiet seconds after work before memory is given back (<see cref="IdleReleaseService"/>); 0 = never.</summary>
    public int IdleReleaseSeconds { get; set; } = 5;

    /// <summary>Whether that release also returns glibc's free pages (`malloc_trim`).</summary>
    public bool IdleNativeTrim { get; set; } = true;

    /// <summary>Whether that release also drops the clean file pages of assemblies and libraries (<see cref="FilePages"/>).</summary>
    public bool IdleFileRelease { get; set; } = true;
}
