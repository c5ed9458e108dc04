using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CatoScim.Host.GraphQL;

internal sealed class CatoScimSchema : Schema
{
    public CatoScimSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        // The standard introspection query (graphql-js getIntrospectionQuery, as GraphiQL, Postman and code generators
        // send it) asks for these October 2021 spec fields; GraphQL.NET keeps them behind switches.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Introspection is bounded by IntrospectionLimits, not by the data complexity budget.
        this.WithIntrospectionComplexityImpact(0);
    }

    /// <summary>
    /// Adds what the standard introspection query asks for and GraphQL.NET 8 lacks: `__Type.specifiedByURL` (October
    /// 2021 spec; no scalar here carries `@specifiedBy`, so it is null for every type, as the spec says for such types)
    /// and `includeDeprecated` on `__Directive.args` (graphql-js sends it with input value deprecation).
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type type && type.GetField("specifiedByURL") is null)
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("A URL with the specification of a custom scalar's format; null for every other type.")
                .Resolve(_ => null);
        }

        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
            var all = args.Resolver!;
            args.Resolver = new FuncFieldResolver<object>(async context =>
            {
                var values = await all.ResolveAsync(context);
                return context.GetArgument<bool>("includeDeprecated") || values is not IEnumerable<QueryArgument> list
                    ? values
                    : list.Where(a => a.DeprecationReason is null).ToList();
            });
        }
    }
}
