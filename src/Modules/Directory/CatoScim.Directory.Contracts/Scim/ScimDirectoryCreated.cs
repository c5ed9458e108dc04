using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>An admin created a SCIM directory; consumers keep its name and provider (OKTA, ENTRA, ONELOGIN, CUSTOM) for display.</summary>
public sealed record ScimDirectoryCreated(Guid AccountId, Guid DirectoryId, string Name, string Provider, DateTime OccurredAt) : INotification;
