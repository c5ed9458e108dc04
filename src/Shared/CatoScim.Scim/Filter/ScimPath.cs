namespace CatoScim.Scim.Filter;

/// <summary>
/// A PATCH path (RFC 7644 §3.5.2 "attrPath / valuePath [subAttr]"): <c>name.familyName</c>,
/// <c>members[value eq "abc"]</c>, <c>emails[type eq "work"].value</c>. For a value path the
/// sub-attribute after the brackets is <see cref="ScimAttributePath.SubAttribute"/> of <see cref="Attribute"/>.
/// </summary>
public sealed record ScimPath(ScimAttributePath Attribute, ScimFilter? ValueFilter)
{
    public override string ToString() => Attribute.ToString();
}
