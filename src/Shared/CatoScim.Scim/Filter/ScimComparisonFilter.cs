namespace CatoScim.Scim.Filter;

/// <summary>
/// <see cref="Value"/> is a <see cref="string"/>, <see cref="bool"/>, <see cref="decimal"/> or null;
/// it is ignored for <see cref="ScimComparisonOperator.Present"/>.
/// </summary>
public sealed record ScimComparisonFilter(ScimAttributePath Path, ScimComparisonOperator Operator, object? Value) : ScimFilter;
