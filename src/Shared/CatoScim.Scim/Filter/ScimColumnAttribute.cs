using System.Linq.Expressions;

namespace CatoScim.Scim.Filter;

/// <summary><see cref="Column"/> has its conversion nodes stripped, so its body has the column's own type.</summary>
internal sealed record ScimColumnAttribute(LambdaExpression Column, ScimColumnKind Kind, ScimStringCasing Casing)
    : ScimMappedAttribute;
