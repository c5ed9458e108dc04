namespace CatoScim.Scim.Filter;

public sealed record ScimLogicalFilter(ScimLogicalOperator Operator, ScimFilter Left, ScimFilter Right) : ScimFilter;
