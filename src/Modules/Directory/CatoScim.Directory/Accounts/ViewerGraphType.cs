using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Accounts;

internal sealed class ViewerGraphType : ObjectGraphType<AdminPrincipal>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "The API key making this request.";
        Field<NonNullGraphType<EnumerationGraphType<AdminRole>>>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<IdGraphType>>("keyId").Resolve(ctx => ctx.Source.KeyId);
        Field<NonNullGraphType<AccountGraphType>>("account")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<DirectoryDbContext>()
                .Accounts.AsNoTracking().SingleAsync(a => a.Id == ctx.Source.AccountId, ctx.CancellationToken));
    }
}
