namespace CatoScim.Directory.Scim.Groups;

/// <summary>A Group resource as read from a POST/PUT body or a patched representation; `Members` is null when omitted.</summary>
internal sealed record ScimGroupInput(string DisplayName, string? ExternalId, bool ExternalIdGiven, IReadOnlyList<Guid>? Members);
