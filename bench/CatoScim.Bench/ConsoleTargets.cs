namespace CatoScim.Bench;

/// <summary>What the console phase found in the account before timing anything: the ids and values its requests name.</summary>
internal sealed record ConsoleTargets(
    string AccountId,
    IReadOnlyList<string> DirectoryIds,
    string? LargestGroupId,
    string? UserId,
    string? UserName,
    string? FamilyName,
    int UserTotal,
    string? EventsMarker,
    DateTime Now);
