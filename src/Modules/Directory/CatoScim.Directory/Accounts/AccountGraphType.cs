using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountGraphType : ObjectGraphType<Account>
{
    public AccountGraphType()
    {
        Name = "Account";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Name);
        Field<NonNullGraphType<EnumerationGraphType<UserIdentity>>>("userIdentity").Resolve(ctx => ctx.Source.UserIdentity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alertRecipients")
            .Description("Who receives the hourly provisioning digest.")
            .Resolve(ctx => ctx.Source.AlertRecipients);
        Field<NonNullGraphType<AuditType>>("audit")
            .Resolve(ctx => new Audit(ctx.Source.CreatedAt, ctx.Source.CreatedBy, ctx.Source.UpdatedAt, ctx.Source.UpdatedBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys")
            .Description("Metadata of the account's admin API keys; secrets are never shown again.")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<DirectoryDbContext>()
                .ApiKeys.AsNoTracking().Where(k => k.AccountId == ctx.Source.Id).OrderBy(k => k.CreatedAt)
                .ToListAsync(ctx.CancellationToken));
    }
}
