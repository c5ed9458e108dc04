using GraphQL;
using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public static class AdminAccess
{
    public static AdminPrincipal Principal(this IResolveFieldContext context) =>
        (context.UserContext as AdminUserContext)?.Principal
        ?? throw new ExecutionError("An API key is required.") { Code = ErrorCodes.Unauthenticated };

    /// <summary>A key only ever sees its own account; the answer does not say whether the other account exists.</summary>
    public static AccountScope RequireAccount(this IResolveFieldContext context, AdminRole minimum)
    {
        var principal = context.Principal();
        var raw = context.GetArgument<string>("accountId");
        if (!Guid.TryParse(raw, out var accountId) || accountId != principal.AccountId)
        {
            throw GraphQLErrors.Forbidden("This API key has no access to that account.");
        }

        if (principal.Role < minimum)
        {
            throw GraphQLErrors.Forbidden($"This operation needs an API key with role {minimum.ToString().ToUpperInvariant()}.");
        }

        return new AccountScope(accountId, principal);
    }

    /// <summary>Adds a per-domain namespace field (`directory(accountId:)`) whose children see an <see cref="AccountScope"/>.</summary>
    public static void AddAccountNamespace<TGraph>(this ObjectGraphType root, string name, string description, AdminRole minimum)
        where TGraph : IGraphType =>
        root.Field<TGraph>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("accountId")
            .Resolve(ctx => ctx.RequireAccount(minimum));

    public static AccountScope Scope(this IResolveFieldContext context) =>
        context.Source as AccountScope ?? throw new InvalidOperationException("Field used outside an account namespace.");
}
