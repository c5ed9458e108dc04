using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountMutationsGraphType : ObjectGraphType<AccountScope>
{
    public AccountMutationsGraphType()
    {
        Name = "AccountMutations";
        Field<NonNullGraphType<AccountPayloadType>>("updateAccount")
            .Argument<NonNullGraphType<UpdateAccountInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<AccountUpdater>()
                .UpdateAsync(ctx.Source, ctx.GetArgument<UpdateAccountInput>("input"), ctx.CancellationToken));
        Field<NonNullGraphType<CreateApiKeyPayloadType>>("createApiKey")
            .Argument<NonNullGraphType<CreateApiKeyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CreateApiKeyInput>("input");
                var services = ctx.RequestServices!;
                var issuer = services.GetRequiredService<ApiKeyIssuer>();
                var creatorExpiresAt = await issuer.ExpiryOfAsync(ctx.Source.Principal.KeyId, ctx.CancellationToken);
                IssuedApiKey issued;
                try
                {
                    issued = issuer.Stage(ctx.Source.AccountId, input.Name, input.Role, input.ExpiresAt, ctx.Source.Principal.Actor, creatorExpiresAt);
                }
                catch (ArgumentException ex)
                {
                    throw GraphQLErrors.Validation(ex.Message);
                }

                await services.GetRequiredService<DirectoryDbContext>().SaveChangesAsync(ctx.CancellationToken);
                return new CreateApiKeyPayload(issued.Secret, issued.Key);
            });
        Field<NonNullGraphType<ApiKeyPayloadType>>("revokeApiKey")
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var raw = ctx.GetArgument<RevokeApiKeyInput>("input").KeyId;
                var key = Guid.TryParse(raw, out var keyId)
                    ? await ctx.RequestServices!.GetRequiredService<ApiKeyIssuer>().RevokeAsync(ctx.Source.AccountId, keyId, ctx.CancellationToken)
                    : null;
                return key ?? throw GraphQLErrors.NotFound("No API key with that id in this account.");
            });
    }
}
