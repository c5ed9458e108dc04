using CatoScim.Directory.Contracts;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Feed;

/// <summary>Adds `events(limit)` to the Directory's `User` type: the user's provisioning history, loaded per page of users.</summary>
internal sealed class UserEventsFieldContributor : IObjectFieldContributor
{
    public const int DefaultLimit = 20;

    public string TypeName => DirectoryGraphTypes.User;

    public void AddFields(IComplexGraphType type, Func<object, Guid> keyOf) =>
        type.AddField(new FieldType
        {
            Name = "events",
            Description = $"The user's provisioning events (resourceId = the user's id), newest first; `limit` 1 to {UserEventsBatch.MaxLimit}. "
                + "The full history, with filters and paging, is `events(accountId) { feed }`.",
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ProvisioningEventGraphType>>>),
            Arguments = new QueryArguments(new QueryArgument<IntGraphType> { Name = "limit", DefaultValue = DefaultLimit }),
            Resolver = new FuncFieldResolver<object>(async ctx => await ctx.RequestServices!.GetRequiredService<UserEventsBatch>()
                .GetAsync(ctx.Principal().AccountId, keyOf(ctx.Source!), ctx.GetArgument("limit", DefaultLimit), ctx.CancellationToken)),
        });
}
