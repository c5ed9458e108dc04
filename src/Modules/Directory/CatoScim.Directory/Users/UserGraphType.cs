using CatoScim.Directory.Contracts;
using CatoScim.Directory.Groups;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserGraphType : ObjectGraphType<UserView>
{
    public UserGraphType(IEnumerable<IObjectFieldContributor> contributors)
    {
        Name = DirectoryGraphTypes.User;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.User.Id);
        Field<NonNullGraphType<StringGraphType>>("userName").Resolve(ctx => ctx.Source.User.UserName);
        Text("givenName", u => u.GivenName);
        Text("familyName", u => u.FamilyName);
        Text("displayName", u => u.DisplayName);
        Text("email", u => u.Email);
        Text("phone", u => u.Phone);
        Text("title", u => u.Title);
        Text("department", u => u.Department);
        Text("employeeNumber", u => u.EmployeeNumber);
        Text("costCenter", u => u.CostCenter);
        Text("organization", u => u.Organization);
        Text("division", u => u.Division);
        Text("externalId", u => u.ExternalId);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(ctx => ctx.Source.User.Active);
        Field<NonNullGraphType<EnumerationGraphType<UserStatus>>>("status")
            .Resolve(ctx => ctx.Source.User.Active ? UserStatus.Active : UserStatus.Disabled);
        Field<NonNullGraphType<EnumerationGraphType<UserOrigin>>>("origin")
            .Description("Who owns the attributes: SCIM and LDAP users are changed in their IdP, MANUAL users here.")
            .Resolve(ctx => ctx.Source.User.Origin);
        Field<UserDirectoryGraphType>("directory")
            .Description("Null when the user is not linked to a SCIM directory.")
            .Resolve(ctx => ctx.Source is { User.DirectoryId: not null, DirectoryName: not null } ? ctx.Source : null);
        Field<NonNullGraphType<AuditType>>("audit")
            .Description("Updated by any change of the user's attributes, `active` or directory link (the SCIM meta.lastModified).")
            .Resolve(ctx =>
            {
                var u = ctx.Source.User;
                return new Audit(u.CreatedAt, u.CreatedBy, u.UpdatedAt, u.UpdatedBy);
            });
        GroupQueries.AddToUser(this);
        foreach (var contributor in contributors.Where(c => c.TypeName == Name))
        {
            contributor.AddFields(this, source => ((UserView)source).User.Id);
        }
    }

    private void Text(string name, Func<User, string?> get) =>
        Field<StringGraphType>(name).Resolve(ctx => get(ctx.Source.User));
}
