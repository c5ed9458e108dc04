namespace CatoScim.Host.Memory;

/// <summary>`Memory:*` settings.</summary>
internal sealed class MemoryOptions
{
    /// <summary>MiB allocated between two gen0 collections at most; 0 leaves the runtime's budget.</summary>
    public int Gen0BudgetMiB { get; set; } = 16;
}
