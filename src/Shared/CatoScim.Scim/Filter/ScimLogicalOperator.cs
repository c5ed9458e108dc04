namespace CatoScim.Scim.Filter;

public enum ScimLogicalOperator
{
    And,
    Or,
}
