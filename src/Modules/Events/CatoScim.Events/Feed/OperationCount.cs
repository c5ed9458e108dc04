namespace CatoScim.Events.Feed;

internal sealed record OperationCount(string Operation, int Count);
