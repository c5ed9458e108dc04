namespace CatoScim.Directory.Groups;

/// <summary>
/// The net effect of a request's member operations, folded in order without reading the group, so a PATCH that
/// names 100 users costs 100 rows whatever the group's size. Only a whole replacement reads all member ids.
/// </summary>
internal sealed class GroupMemberPlan
{
    public bool ReplacesAll { get; private set; }
    public HashSet<Guid> Added { get; } = [];
    public HashSet<Guid> Removed { get; } = [];

    public bool IsEmpty => !ReplacesAll && Added.Count == 0 && Removed.Count == 0;

    public static GroupMemberPlan Replacing(IEnumerable<Guid> members)
    {
        var plan = new GroupMemberPlan();
        plan.ReplaceWith(members);
        return plan;
    }

    public void Add(IEnumerable<Guid> users)
    {
        foreach (var user in users)
        {
            Removed.Remove(user);
            Added.Add(user);
        }
    }

    public void Remove(IEnumerable<Guid> users)
    {
        foreach (var user in users)
        {
            Added.Remove(user);
            if (!ReplacesAll)
            {
                Removed.Add(user);
            }
        }
    }

    public void RemoveAll() => ReplaceWith([]);

    public void ReplaceWith(IEnumerable<Guid> members)
    {
        ReplacesAll = true;
        Removed.Clear();
        Added.Clear();
        Added.UnionWith(members);
    }
}
