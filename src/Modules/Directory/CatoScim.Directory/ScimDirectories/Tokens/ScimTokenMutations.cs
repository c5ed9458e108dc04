using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.ScimDirectories.Tokens;

/// <summary>SCIM token fields of `DirectoryMutations`.</summary>
internal static class ScimTokenMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<CreateScimTokenPayloadType>>("createScimToken")
            .Description($"Issues a bearer token for a directory; at most {ScimToken.MaxActivePerDirectory} are active at once, for rotation.")
            .Argument<NonNullGraphType<CreateScimTokenInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CreateScimTokenInput>("input");
                return (object?)await Issuer(ctx).CreateAsync(ctx.Source, input.DirectoryId, input.ExpiresAt, ctx.CancellationToken);
            });
        mutations.Field<NonNullGraphType<RevokeScimTokenPayloadType>>("revokeScimToken")
            .Description("The IdP's requests with this token are refused from now on.")
            .Argument<NonNullGraphType<RevokeScimTokenInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Issuer(ctx).RevokeAsync(ctx.Source,
                ctx.GetArgument<RevokeScimTokenInput>("input").TokenId, ctx.CancellationToken));
    }

    private static ScimTokenIssuer Issuer(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ScimTokenIssuer>();
}
