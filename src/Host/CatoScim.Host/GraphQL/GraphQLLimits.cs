namespace CatoScim.Host.GraphQL;

/// <summary>Bound from the `GraphQL` section: what one request may cost once the complexity analyzer let it run.</summary>
internal sealed class GraphQLLimits
{
    /// <summary>Execution (resolvers and their database calls) is cancelled after this; the client gets `TIMEOUT`.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A serialized response over this is never sent; the client gets `RESPONSE_TOO_LARGE` and pages instead.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;
}
