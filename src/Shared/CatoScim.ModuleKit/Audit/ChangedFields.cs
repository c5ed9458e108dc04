namespace CatoScim.ModuleKit.Audit;

/// <summary>The <see cref="AdminChangeAudited.ChangedFields"/> of a change: the names of the fields whose value it changed, never the values.</summary>
public static class ChangedFields
{
    public static List<string> Of(params ReadOnlySpan<(string Name, bool Changed)> fields)
    {
        var names = new List<string>(fields.Length);
        foreach (var (name, changed) in fields)
        {
            if (changed)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
