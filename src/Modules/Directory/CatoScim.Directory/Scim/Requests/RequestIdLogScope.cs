using System.Collections;

namespace CatoScim.Directory.Scim.Requests;

/// <summary>The log scope of a SCIM request: structured loggers get `ScimRequestId` as a property.</summary>
internal sealed class RequestIdLogScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "ScimRequestId";

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, requestId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{requestId}";
}
