using CatoScim.Directory.Contracts;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Seats;

/// <summary>Adds `license { status via since rules }` to the Directory's `User` type, loaded per page, not per user.</summary>
internal sealed class UserLicenseFieldContributor : IObjectFieldContributor
{
    public string TypeName => DirectoryGraphTypes.User;

    public void AddFields(IComplexGraphType type, Func<object, Guid> keyOf) =>
        type.AddField(new FieldType
        {
            Name = "license",
            Description = "The user's SDP (ZTNA) licence: ASSIGNED, PENDING (covered by a rule, no free seat) or NONE.",
            Type = typeof(NonNullGraphType<UserLicenseGraphType>),
            Resolver = new FuncFieldResolver<object>(async ctx => await ctx.RequestServices!.GetRequiredService<UserLicenseBatch>()
                .GetAsync(ctx.Principal().AccountId, keyOf(ctx.Source!), ctx.CancellationToken)),
        });
}
