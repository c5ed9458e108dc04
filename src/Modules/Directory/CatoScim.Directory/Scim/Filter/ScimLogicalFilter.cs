namespace CatoScim.Directory.Scim.Filter;

internal sealed record ScimLogicalFilter(ScimLogicalOperator Operator, ScimFilter Left, ScimFilter Right) : ScimFilter;
