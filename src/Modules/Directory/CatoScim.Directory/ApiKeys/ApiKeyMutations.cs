using CatoScim.Directory.Auditing;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.ApiKeys;

/// <summary>API key fields of `AccountMutations`.</summary>
internal static class ApiKeyMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<CreateApiKeyPayloadType>>("createApiKey")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input")
            .ResolveAsync(async ctx => (object?)await CreateAsync(ctx, ctx.GetArgument<CreateApiKeyInput>("input")));
        mutations.Field<NonNullGraphType<RevokeApiKeyPayloadType>>("revokeApiKey")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var raw = ctx.GetArgument<RevokeApiKeyInput>("input").KeyId;
                var key = Guid.TryParse(raw, out var keyId)
                    ? await Issuer(ctx).RevokeAsync(ctx.Source.AccountId, keyId, AuditActor.Key(ctx.Source.Principal), ctx.CancellationToken)
                    : null;
                return key ?? throw GraphQLErrors.NotFound("No API key with that id in this account.");
            });
    }

    private static async Task<CreateApiKeyPayload> CreateAsync(IResolveFieldContext<AccountScope> ctx, CreateApiKeyInput input)
    {
        var issuer = Issuer(ctx);
        // A key never mints a key that outlives it.
        var creatorExpiresAt = await issuer.ExpiryOfAsync(ctx.Source.Principal.KeyId, ctx.CancellationToken);
        IssuedApiKey issued;
        try
        {
            issued = issuer.Stage(ctx.Source.AccountId, input.Name, input.Role, input.ExpiresAt, AuditActor.Key(ctx.Source.Principal), creatorExpiresAt);
        }
        catch (ArgumentException ex)
        {
            throw GraphQLErrors.Validation(ex.ParamName == "name" ? "input.name" : "input.expiresAt", ex.Message);
        }

        await ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().SaveChangesAsync(ctx.CancellationToken);
        return new CreateApiKeyPayload(issued.Secret, issued.Key);
    }

    private static ApiKeyIssuer Issuer(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ApiKeyIssuer>();
}
