using System.Linq.Expressions;

namespace CatoScim.Scim.Filter;

/// <summary>A multi-valued attribute backed by a navigation collection; filters become <c>Any(...)</c>.</summary>
internal sealed record ScimCollectionAttribute(
    LambdaExpression Navigation,
    Type ElementType,
    IReadOnlyDictionary<string, ScimMappedAttribute> Element) : ScimMappedAttribute;
