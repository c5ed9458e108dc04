using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>
/// The work one PATCH may cost, counted in element visits (times filter size for filtered paths). The caps on
/// operations and values bound each operation; this bounds their product: 1,000 operations each filtering 10,000
/// values a request added would otherwise take minutes. No IdP's PATCH comes near it.
/// </summary>
internal sealed class ScimPatchBudget
{
    /// <summary>
    /// Well under a second on one core. A PATCH adding 10,000 values costs 10,000; filtering 10,000 values with
    /// <c>type eq "work"</c> costs 10,000 per operation.
    /// </summary>
    public const long DefaultUnits = 1_000_000;

    private long _left;

    public ScimPatchBudget(long units = DefaultUnits) => _left = units;

    /// <summary>The request's own limits, for what is parsed while applying (path-less value keys).</summary>
    public ScimLimits Limits { get; init; } = ScimLimits.Default;

    public void Spend(long units)
    {
        _left -= units;
        if (_left < 0)
        {
            throw new ScimPatchException(ScimErrorType.InvalidValue,
                "The PATCH asks for more work than this service does for one request (filters or values over many values); split it into several requests.");
        }
    }

    /// <summary>Nodes in a filter, counted without recursion.</summary>
    public static long Size(ScimFilter filter)
    {
        var count = 0L;
        var pending = new Stack<ScimFilter>();
        pending.Push(filter);
        while (pending.TryPop(out var node))
        {
            count++;
            switch (node)
            {
                case ScimLogicalFilter logical:
                    pending.Push(logical.Left);
                    pending.Push(logical.Right);
                    break;
                case ScimNotFilter not:
                    pending.Push(not.Inner);
                    break;
                case ScimValuePathFilter valuePath:
                    pending.Push(valuePath.Filter);
                    break;
            }
        }

        return count;
    }
}
