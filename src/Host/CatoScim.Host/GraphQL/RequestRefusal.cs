namespace CatoScim.Host.GraphQL;

/// <summary>Why a request never reached the executer: the HTTP status, the `extensions.code` and a message for the client.</summary>
internal sealed record RequestRefusal(int Status, string Code, string Message);
