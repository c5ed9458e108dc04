using CatoScim.Host.GraphQL.Explorer;
using CatoScim.Host.Transport;
using CatoScim.ModuleKit.AdminKeys;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Http;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// `POST /graphql` and `GET /graphql` (queries only, GraphQL over HTTP) over the document executer: no GraphQL server
/// package is installable here. A browser's `GET /graphql` without a query gets the explorer.
/// </summary>
internal static class GraphQLEndpoint
{
    public const string ApiKeyHeader = "x-api-key";
    private const string ApiKeyScope = "graphql";

    public static void MapGraphQL(this WebApplication app)
    {
        // After routing (implicit) and before the endpoints: CORS answers preflights from the endpoints' metadata.
        app.Use(GraphQLCors.VaryByOrigin);
        app.UseCors();
        app.MapPost("/graphql", HandleAsync).RequireCors(GraphQLCors.Policy);
        app.MapGet("/graphql", HandleAsync).RequireCors(GraphQLCors.Policy).AddEndpointFilter(GraphQLExplorer.ServeToBrowsers);
        app.MapGraphQLExplorer();
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLSerializer serializer,
        IAdminKeyAuthenticator authenticator, PublicOrigin origin, AuthFailureThrottle failures, IOptions<GraphQLLimits> limits,
        PersistedDocuments documents, VerifiedCredentials verified)
    {
        var ct = http.RequestAborted;
        string? key = http.Request.Headers[ApiKeyHeader];
        var wait = failures.RetryAfter(http);
        // A key is looked up in the database, so a throttled address gets that lookup only for a key that worked lately.
        var principal = wait is null || verified.Contains(ApiKeyScope, key) ? await authenticator.AuthenticateAsync(key, ct) : null;
        if (principal is null && wait is { } seconds)
        {
            verified.Forget(ApiKeyScope, key);
            AuthFailureThrottle.Refuse(http, seconds);
            await WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                $"Too many failed authentications from this address; retry after {seconds} s.");
            return;
        }

        if (principal is null)
        {
            verified.Forget(ApiKeyScope, key);
            failures.RecordFailure(http);
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                $"A valid API key is required in the {ApiKeyHeader} header.");
            return;
        }

        verified.Remember(ApiKeyScope, key);
        var (request, refusal) = await GraphQLRequestReader.ReadAsync(http, serializer, documents, ct);
        if (request is null)
        {
            await WriteErrorAsync(http, refusal!.Status, refusal.Code, refusal.Message);
            return;
        }

        var limit = limits.Value;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            UserContext = new AdminUserContext(principal with { ClientAddress = ClientAddress.Of(http) }, origin.Resolve(http.Request)),
            RequestServices = http.RequestServices,
            CancellationToken = ct,
            // The executer links this timeout into the token every resolver hands to EF, so the query itself is cancelled.
            Timeout = limit.Timeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
        await WriteResultAsync(http, serializer, result, limit.MaxResponseBytes, ct);
    }

    private static async Task WriteResultAsync(HttpContext http, IGraphQLSerializer serializer, ExecutionResult result, long cap, CancellationToken ct)
    {
        if (result.Errors?.FirstOrDefault(e => e is TimeoutError) is { } timeout)
        {
            timeout.Code = ErrorCodes.Timeout;
        }

        using var buffer = new CappedBufferStream(cap);
        try
        {
            await serializer.WriteAsync(buffer, result, ct);
        }
        catch (ResponseTooLargeException ex)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.ResponseTooLarge,
                $"{ex.Message} Ask for fewer fields or a smaller paging.limit.");
            return;
        }

        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json; charset=utf-8";
        await buffer.CopyToAsync(http.Response, ct);
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } });
    }
}
