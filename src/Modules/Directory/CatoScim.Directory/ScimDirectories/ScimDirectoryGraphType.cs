using CatoScim.Directory.ScimDirectories.Tokens;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimDirectoryGraphType : ObjectGraphType<ScimDirectoryView>
{
    public ScimDirectoryGraphType()
    {
        Name = "ScimDirectory";
        Description = "One IdP connection of the account, with its own Base URL and bearer tokens.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Directory.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Directory.Name);
        Field<NonNullGraphType<ScimProviderGraphType>>("provider").Resolve(ctx => ctx.Source.Directory.Provider);
        Field<NonNullGraphType<StringGraphType>>("baseUrl")
            .Description("The SCIM Base URL to configure in the IdP.")
            .Resolve(ctx => ctx.Source.Directory.BaseUrl(((AdminUserContext)ctx.UserContext).PublicOrigin));
        Field<NonNullGraphType<AuditType>>("audit").Resolve(ctx =>
        {
            var d = ctx.Source.Directory;
            return new Audit(d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy);
        });
        Field<NonNullGraphType<IntGraphType>>("userCount").Description("Users linked to this directory.").Resolve(ctx => ctx.Source.UserCount);
        Field<NonNullGraphType<IntGraphType>>("groupCount").Resolve(ctx => ctx.Source.GroupCount);
        Field<DateTimeGraphType>("lastRequestAt").Description("When the IdP last called this directory.").Resolve(ctx => ctx.Source.Directory.LastRequestAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScimTokenGraphType>>>>("tokens")
            .Description("Token metadata; a secret is shown only once, when the token is created.")
            .Resolve(ctx => ctx.Source.Tokens);
    }
}
