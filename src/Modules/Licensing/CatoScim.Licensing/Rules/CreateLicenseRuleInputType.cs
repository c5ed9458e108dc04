using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class CreateLicenseRuleInputType : InputObjectGraphType<CreateLicenseRuleInput>
{
    public CreateLicenseRuleInputType()
    {
        Name = "CreateLicenseRuleInput";
        Field<NonNullGraphType<EnumerationGraphType<LicenseRuleKind>>>("kind");
        Field<IdGraphType>("userId").Description("Required for USER rules.");
        Field<IdGraphType>("groupId").Description("Required for GROUP rules.");
    }
}
