namespace CatoScim.Events.Feed;

internal sealed record EventSummary(int Total, IReadOnlyList<ActionCount> ByAction, IReadOnlyList<OperationCount> ByOperation);
