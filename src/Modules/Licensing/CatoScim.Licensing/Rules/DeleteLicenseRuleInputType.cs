using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class DeleteLicenseRuleInputType : InputObjectGraphType
{
    public DeleteLicenseRuleInputType()
    {
        Name = "DeleteLicenseRuleInput";
        Field<NonNullGraphType<IdGraphType>>("ruleId");
    }
}
