using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class DeleteLicenseRuleInputType : InputObjectGraphType<DeleteLicenseRuleInput>
{
    public DeleteLicenseRuleInputType()
    {
        Name = "DeleteLicenseRuleInput";
        Field<NonNullGraphType<IdGraphType>>("ruleId");
    }
}
