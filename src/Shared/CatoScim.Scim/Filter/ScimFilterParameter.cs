namespace CatoScim.Scim.Filter;

/// <summary>
/// Reading a value through a member of a constant makes EF Core send it as a SQL parameter
/// instead of inlining a literal, so one query plan serves every value.
/// </summary>
internal sealed class ScimFilterParameter<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}
