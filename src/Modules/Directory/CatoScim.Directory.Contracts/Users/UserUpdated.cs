using Mediator;

namespace CatoScim.Directory.Contracts.Users;

/// <summary>Attributes changed; <c>ChangedAttributes</c> holds SCIM attribute paths (<c>name.givenName</c>, <c>title</c>). <c>Source</c> is SCIM or ADMIN.</summary>
public sealed record UserUpdated(UserRef User, IReadOnlyList<string> ChangedAttributes, string Source, DateTime OccurredAt) : INotification;
