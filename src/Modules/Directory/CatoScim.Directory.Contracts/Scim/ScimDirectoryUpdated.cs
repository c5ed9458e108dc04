using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>An admin updated a SCIM directory; consumers keep its name and provider (OKTA, ENTRA, ONELOGIN, CUSTOM) for display.</summary>
public sealed record ScimDirectoryUpdated(Guid AccountId, Guid DirectoryId, string Name, string Provider, DateTime OccurredAt) : INotification;
