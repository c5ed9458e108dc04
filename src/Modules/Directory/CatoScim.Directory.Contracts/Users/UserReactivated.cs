using Mediator;

namespace CatoScim.Directory.Contracts.Users;

/// <summary>The user is active again. <c>Source</c> is SCIM or ADMIN.</summary>
public sealed record UserReactivated(UserRef User, string Source, DateTime OccurredAt) : INotification;
