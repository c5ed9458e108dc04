using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Accounts;

/// <summary>Account fields of `AccountMutations`.</summary>
internal static class AccountMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations) =>
        mutations.Field<NonNullGraphType<UpdateAccountPayloadType>>("updateAccount")
            .Argument<NonNullGraphType<UpdateAccountInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<AccountUpdater>()
                .UpdateAsync(ctx.Source, ctx.GetArgument<UpdateAccountInput>("input"), "input.alertRecipients", ctx.CancellationToken));
}
