using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.ScimDirectories.Health;
using CatoScim.Directory.ScimDirectories.Tokens;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimDirectoryGraphType : ObjectGraphType<ScimDirectoryView>
{
    private static readonly ScimHealthView NeverConnected = new(ScimHealthStatuses.NeverConnected, null, null, null, null, 0, 0, null, null);

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
        Field<DateTimeGraphType>("lastRequestAt").Description("When a request of the IdP last authenticated (health.lastRequestAt counts refused ones too).").Resolve(ctx => ctx.Source.Directory.LastRequestAt);
        Field<NonNullGraphType<ScimHealthGraphType>>("health")
            .Description("How the IdP's requests fare: status (rules on ScimHealthStatus), last outcomes, 24-hour counts, token expiry and use.")
            .Resolve(ctx => ctx.Source.Health ?? NeverConnected);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScimTokenGraphType>>>>("tokens")
            .Description("Token metadata; a secret is shown only once, when the token is created.")
            .Resolve(ctx => ctx.Source.Tokens);
    }
}
