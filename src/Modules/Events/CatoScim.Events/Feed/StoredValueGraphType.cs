using GraphQL.Types;

namespace CatoScim.Events.Feed;

/// <summary>
/// An enum over values stored as text: each value serializes as the very string stored, so clients that read the field
/// as a string see no change. A stored value the enum does not list (written by another version) is shown as OTHER
/// rather than failing the whole page, and filtering by OTHER finds exactly those.
/// </summary>
internal abstract class StoredValueGraphType : EnumerationGraphType
{
    public const string Other = "OTHER";

    protected StoredValueGraphType(string name, string description, IReadOnlyList<string> known)
    {
        Name = name;
        Description = description;
        foreach (var value in known)
        {
            Add(value, value);
        }

        Add(Other, Other, "A stored value this version does not list.");
    }

    public static string OrOther(string stored, IReadOnlyList<string> known) => known.Contains(stored, StringComparer.Ordinal) ? stored : Other;
}
