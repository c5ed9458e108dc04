namespace CatoScim.Scim.Filter;

/// <summary>
/// <see cref="Schema"/> is null for core-schema attributes, including ones written fully qualified
/// (<c>urn:ietf:params:scim:schemas:core:2.0:User:userName</c> is plain <c>userName</c>).
/// </summary>
public sealed record ScimAttributePath(string? Schema, string Name, string? SubAttribute)
{
    /// <summary>The top-level attribute name, URN-qualified for extension attributes.</summary>
    public string QualifiedName => Schema is null ? Name : $"{Schema}:{Name}";

    public override string ToString() =>
        SubAttribute is null ? QualifiedName : $"{QualifiedName}.{SubAttribute}";
}
