using System.Text.Json;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// Reads a GraphQL request from a POST body or a GET query string (`query`, `variables`, `operationName`, `documentId`)
/// and resolves a persisted document id to its text. Anything that cannot be run comes back as a refusal.
/// </summary>
internal static class GraphQLRequestReader
{
    public static async Task<(GraphQLRequest? Request, RequestRefusal? Refusal)> ReadAsync(HttpContext http, IGraphQLSerializer serializer,
        PersistedDocuments documents, CancellationToken ct)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        GraphQLRequest? request;
        try
        {
            request = isGet
                ? FromQueryString(http.Request.Query, (IGraphQLTextSerializer)serializer)
                : await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, ct);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return (null, BadRequest($"The request is not a GraphQL request: {ex.Message}"));
        }

        if (request is null)
        {
            return (null, BadRequest("The request body needs a 'query' or a 'documentId'."));
        }

        if (request.DocumentId is { } id)
        {
            if (!string.IsNullOrEmpty(request.Query))
            {
                return (null, BadRequest("Send either 'query' or 'documentId', not both."));
            }

            if (documents.Find(id) is not { } text)
            {
                return (null, new RequestRefusal(StatusCodes.Status400BadRequest, ErrorCodes.PersistedDocumentNotFound,
                    $"No known document has the id '{id}'. An id is '{PersistedDocuments.Prefix}' and the lower-case hex SHA-256 of the document's text."));
            }

            request.Query = text;
        }
        else if (string.IsNullOrWhiteSpace(request.Query))
        {
            return (null, BadRequest("The request needs a 'query' or a 'documentId'."));
        }
        else if (documents.Only)
        {
            return (null, new RequestRefusal(StatusCodes.Status400BadRequest, ErrorCodes.PersistedDocumentRequired,
                "This deployment runs only its known documents (GraphQL:PersistedDocuments:Only): send a 'documentId' instead of the query text."));
        }

        // GraphQL over HTTP: a GET must not run a mutation, and the answer is 405 naming the method that may.
        if (isGet && SelectsMutation(request.Query!, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            return (null, new RequestRefusal(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "A GET request runs queries only; send mutations with POST."));
        }

        return (request, null);
    }

    private static GraphQLRequest? FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = Single(query, "query");
        var documentId = Single(query, "documentId");
        if (text is null && documentId is null)
        {
            return null;
        }

        var variables = Single(query, "variables");
        return new GraphQLRequest
        {
            Query = text,
            DocumentId = documentId,
            OperationName = Single(query, "operationName"),
            Variables = string.IsNullOrEmpty(variables) ? null : serializer.Deserialize<Inputs>(variables),
        };
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new ArgumentException($"'{name}' is given more than once.");
    }

    /// <summary>True when the operation the request would run is a mutation (or subscription); a document that does not
    /// parse or names no single operation is left to the executer, which reports it.</summary>
    private static bool SelectsMutation(string text, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.StringValue == operationName);
        return selected is not null && selected.Operation != OperationType.Query;
    }

    private static RequestRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
