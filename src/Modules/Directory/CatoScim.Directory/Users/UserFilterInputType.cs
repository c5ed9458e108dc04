using CatoScim.Licensing.Contracts;
using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserFilterInputType : InputObjectGraphType<UserFilter>
{
    public UserFilterInputType()
    {
        Name = "UserFilterInput";
        Description = "All given conditions must hold.";
        Field(f => f.Search, nullable: true)
            .Description("Case-insensitive substring of userName, email, givenName, familyName or displayName.");
        Field<EnumerationGraphType<UserStatus>>("status");
        Field<EnumerationGraphType<UserOrigin>>("origin");
        Field<IdGraphType>("directoryId").Description("Only users linked to this SCIM directory.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<UserStatus>>>>("statuses").Description("Any of these statuses; an empty list means any.");
        Field<IdGraphType>("groupId").Description("Only direct members of this group.");
        Field<StringGraphType>("externalId").Description("The IdP's externalId, exactly (RFC 7643 makes it case-exact).");
        Field<DateTimeGraphType>("createdFrom").Description("Created at or after this time.");
        Field<DateTimeGraphType>("createdBefore").Description("Created before this time.");
        Field<DateTimeGraphType>("updatedFrom").Description("Last changed at or after this time.");
        Field<DateTimeGraphType>("updatedBefore").Description("Last changed before this time.");
        // Licensing's enum by name: one LicenseStatus in the schema, whose values parse as the contract's names.
        AddField(new FieldType
        {
            Name = "licenseStatuses",
            ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(LicensingGraphTypes.LicenseStatus))),
            Description = "Any of these licence statuses (the user's `license.status`); an empty list means any. Follows Licensing "
                + "through its outbox, so a licence change shows here after a short delay (usually under a second).",
        });
    }
}
