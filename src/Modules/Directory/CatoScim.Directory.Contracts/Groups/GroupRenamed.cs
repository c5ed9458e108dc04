using Mediator;

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>The group's displayName changed from `OldName` to `Group.DisplayName`.</summary>
public sealed record GroupRenamed(GroupRef Group, string OldName, string Source, DateTime OccurredAt) : INotification;
