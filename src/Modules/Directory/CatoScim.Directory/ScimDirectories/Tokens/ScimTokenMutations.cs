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
                return (object?)await Issuer(ctx).CreateAsync(ctx.Source, input.DirectoryId, input.ExpiresAt, input.Name, ctx.CancellationToken);
            });
        mutations.Field<NonNullGraphType<RotateScimTokenPayloadType>>("rotateScimToken")
            .Description("Issues a new token and expires the old one after graceMinutes, so the IdP can be switched without a gap; works at the active-token limit.")
            .Argument<NonNullGraphType<RotateScimTokenInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Issuer(ctx).RotateAsync(ctx.Source,
                ctx.GetArgument<RotateScimTokenInput>("input"), ctx.CancellationToken));
        mutations.Field<NonNullGraphType<RevokeScimTokenPayloadType>>("revokeScimToken")
            .Description("The IdP's requests with this token are refused from now on.")
            .Argument<NonNullGraphType<RevokeScimTokenInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Issuer(ctx).RevokeAsync(ctx.Source,
                ctx.GetArgument<RevokeScimTokenInput>("input").TokenId, ctx.CancellationToken));
    }

    private static ScimTokenIssuer Issuer(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ScimTokenIssuer>();
}
