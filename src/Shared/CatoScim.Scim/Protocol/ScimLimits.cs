namespace CatoScim.Scim.Protocol;

/// <summary>
/// What one request may ask of the engine. Every limit keeps a hostile or broken client from turning a small
/// request into a stack overflow or into work that grows with the square of its size; see docs/scim.md "Limits".
/// </summary>
/// <param name="MaxFilterDepth">Nesting of parentheses, <c>not</c> and value paths (<c>emails[...]</c>) in a filter or path.</param>
/// <param name="MaxFilterLength">Characters in a <c>filter</c> query parameter.</param>
/// <param name="MaxPathLength">Characters in a PATCH <c>path</c>.</param>
/// <param name="MaxPatchOperations">Operations in one PATCH request.</param>
/// <param name="MaxPatchValues">Values in one PATCH operation (the elements of its arrays).</param>
public sealed record ScimLimits(
    int MaxFilterDepth = 32,
    int MaxFilterLength = 4096,
    int MaxPathLength = 1024,
    int MaxPatchOperations = 1000,
    int MaxPatchValues = 10_000)
{
    /// <summary>
    /// Walkers over a parsed filter refuse trees deeper than this whatever the configuration; a parser
    /// limit of at most <see cref="MaxConfigurableDepth"/> always fits under it.
    /// </summary>
    public const int WalkerDepthCeiling = 256;

    public const int MaxConfigurableDepth = 100;

    public static ScimLimits Default { get; } = new();

    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1, or the depth is above <see cref="MaxConfigurableDepth"/>.</exception>
    public ScimLimits Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFilterDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxFilterDepth, MaxConfigurableDepth);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFilterLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPathLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPatchOperations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPatchValues, 1);
        return this;
    }
}
