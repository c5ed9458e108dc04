namespace CatoScim.ModuleKit.GraphQL;

/// <summary>
/// Scoped to a request: the owner of a list registers the keys it is about to return, so a contributed field can
/// load data for the whole page in one query instead of one per item (no DataLoader package is installable here).
/// Several modules contribute fields to one type (`license` and `events` on `User`), so each reader takes the keys
/// on its own: one reader's take never hides them from another.
/// </summary>
public sealed class GraphQLBatchKeys
{
    private readonly Dictionary<string, List<Guid>> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Reader), int> _taken = [];

    public void Add(string typeName, IEnumerable<Guid> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!_added.TryGetValue(typeName, out var list))
        {
            _added[typeName] = list = [];
        }

        list.AddRange(keys);
    }

    /// <summary>Returns the keys registered since the default reader's last take.</summary>
    public IReadOnlyCollection<Guid> Take(string typeName) => Take(typeName, "");

    /// <summary>Returns the keys registered since this reader's last take, each once.</summary>
    public IReadOnlyCollection<Guid> Take(string typeName, string reader)
    {
        if (!_added.TryGetValue(typeName, out var list))
        {
            return [];
        }

        var from = _taken.GetValueOrDefault((typeName, reader));
        _taken[(typeName, reader)] = list.Count;
        return list.Skip(from).ToHashSet();
    }
}
