using System.Linq.Expressions;

namespace CatoScim.Scim.Filter;

/// <summary>
/// A complex attribute stored on the entity itself (<c>name</c>, or <c>emails</c> flattened to one column).
/// <see cref="PresentWhen"/> says when the value exists, so constant sub-attributes do not match rows without it.
/// </summary>
internal sealed record ScimComplexAttribute : ScimMappedAttribute
{
    public Dictionary<string, ScimMappedAttribute> SubAttributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public LambdaExpression? PresentWhen { get; set; }
}
