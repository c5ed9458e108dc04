using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserPageGraphType : ObjectGraphType<UserPage>
{
    public UserPageGraphType()
    {
        Name = "UserPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("paging").Resolve(ctx => ctx.Source.Paging);
    }
}
