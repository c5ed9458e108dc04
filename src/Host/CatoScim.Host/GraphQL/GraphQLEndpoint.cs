using System.Text.Json;
using CatoScim.ModuleKit.AdminKeys;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Http;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace CatoScim.Host.GraphQL;

/// <summary>`POST /graphql` over the document executer: no GraphQL server package is installable here.</summary>
internal static class GraphQLEndpoint
{
    public const string ApiKeyHeader = "x-api-key";

    public static void MapGraphQL(this WebApplication app)
    {
        app.MapPost("/graphql", HandleAsync);
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLSerializer serializer,
        IAdminKeyAuthenticator authenticator, PublicOrigin origin)
    {
        var ct = http.RequestAborted;
        var principal = await authenticator.AuthenticateAsync(http.Request.Headers[ApiKeyHeader], ct);
        if (principal is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                $"A valid API key is required in the {ApiKeyHeader} header.");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, ct);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The request body is not a GraphQL request: {ex.Message}");
            return;
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request body needs a 'query'.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            UserContext = new AdminUserContext(principal, origin.Resolve(http.Request)),
            RequestServices = http.RequestServices,
            CancellationToken = ct,
        });
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, ct);
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } });
    }
}
