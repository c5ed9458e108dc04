using Mediator;

namespace CatoScim.Directory.Contracts.Users;

/// <summary>Created by SCIM or an admin, or taken over / re-linked by SCIM (<c>TookOver</c>). <c>Source</c> is SCIM or ADMIN.</summary>
public sealed record UserProvisioned(UserRef User, bool TookOver, string Source, DateTime OccurredAt) : INotification;
