namespace CatoScim.ModuleKit.GraphQL;

/// <summary>
/// Scoped to a request: the owner of a list registers the keys it is about to return, so a contributed field can
/// load data for the whole page in one query instead of one per item (no DataLoader package is installable here).
/// </summary>
public sealed class GraphQLBatchKeys
{
    private readonly Dictionary<string, HashSet<Guid>> _pending = new(StringComparer.Ordinal);

    public void Add(string typeName, IEnumerable<Guid> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!_pending.TryGetValue(typeName, out var set))
        {
            _pending[typeName] = set = [];
        }

        set.UnionWith(keys);
    }

    /// <summary>Returns the keys registered so far and forgets them.</summary>
    public IReadOnlyCollection<Guid> Take(string typeName) =>
        _pending.Remove(typeName, out var set) ? set : [];
}
