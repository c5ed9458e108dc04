using GraphQL;

namespace CatoScim.ModuleKit.GraphQL;

public static class GraphQLErrors
{
    public static ExecutionError Forbidden(string message) => Create(ErrorCodes.Forbidden, message);

    public static ExecutionError NotFound(string message) => Create(ErrorCodes.NotFound, message);

    public static ExecutionError Validation(string message) => Create(ErrorCodes.Validation, message);

    public static ExecutionError Conflict(string message) => Create(ErrorCodes.Conflict, message);

    private static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
