namespace CatoScim.Scim.Filter;

/// <summary>
/// A sub-attribute with one value for every row, e.g. <c>emails.type</c> = "work" when the entity keeps
/// only the work email in a column; comparisons are decided while translating.
/// </summary>
internal sealed record ScimConstantAttribute(object Value) : ScimMappedAttribute;
