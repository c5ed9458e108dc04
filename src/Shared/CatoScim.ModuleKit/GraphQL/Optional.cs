namespace CatoScim.ModuleKit.GraphQL;

/// <summary>
/// An input field of an update that may be omitted: omitted keeps the current value, an explicit null clears it.
/// A nullable property cannot tell the two apart, so input types that need it build their input in
/// <c>ParseDictionary</c>, where GraphQL still says which fields were given (spec §3.10, input coercion).
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T? Value)
{
    public T? Or(T? current) => IsSet ? Value : current;

    public static Optional<T> Of(IDictionary<string, object?> fields, string name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.TryGetValue(name, out var value) ? new(true, (T?)value) : default;
    }
}
