using Mediator;

namespace CatoScim.Directory.Contracts.Users;

/// <summary>An admin deleted the user permanently; consumers release what they hold for it.</summary>
public sealed record UserDeleted(UserRef User, DateTime OccurredAt) : INotification;
