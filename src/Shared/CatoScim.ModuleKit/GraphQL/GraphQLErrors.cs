using GraphQL;

namespace CatoScim.ModuleKit.GraphQL;

public static class GraphQLErrors
{
    public static ExecutionError Forbidden(string message) => Create(ErrorCodes.Forbidden, message);

    public static ExecutionError NotFound(string message) => Create(ErrorCodes.NotFound, message);

    /// <param name="field">The input path as the client wrote it (`input.paging.limit`); null only for an operation without input.</param>
    public static ExecutionError Validation(string? field, string message) => new InputError(ErrorCodes.Validation, field, message);

    /// <summary>A refusal for the record's state, not one value: a change that lost a race with another request (retry), and the like.</summary>
    public static ExecutionError Conflict(string message) => Create(ErrorCodes.Conflict, message);

    /// <summary>A value another record already holds (a name, a userName, an identical rule), named by its input path.</summary>
    public static ExecutionError Conflict(string field, string message) => new InputError(ErrorCodes.Conflict, field, message);

    private static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
