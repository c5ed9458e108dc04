using Mediator;

namespace CatoScim.Directory.Contracts.Users;

/// <summary>The IdP (or an admin) set active=false; the user still exists. <c>Source</c> is SCIM or ADMIN.</summary>
public sealed record UserDeactivated(UserRef User, string Source, DateTime OccurredAt) : INotification;
