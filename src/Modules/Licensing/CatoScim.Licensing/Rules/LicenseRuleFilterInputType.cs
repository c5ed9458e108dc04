using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRuleFilterInputType : InputObjectGraphType<LicenseRuleFilter>
{
    public LicenseRuleFilterInputType()
    {
        Name = "LicenseRuleFilterInput";
        Description = "All given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<LicenseRuleKind>>>>("kinds").Description("Rules of any of these kinds.");
        Field<IdGraphType>("userId").Description("The USER rule naming this user (rules that cover a user are on its licence).");
        Field<IdGraphType>("groupId").Description("The GROUP rule naming this group.");
        Field<BooleanGraphType>("orphaned").Description("GROUP rules whose group was deleted (true) or all others (false).");
    }
}
