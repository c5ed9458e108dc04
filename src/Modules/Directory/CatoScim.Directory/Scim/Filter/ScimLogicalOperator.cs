namespace CatoScim.Directory.Scim.Filter;

internal enum ScimLogicalOperator
{
    And,
    Or,
}
