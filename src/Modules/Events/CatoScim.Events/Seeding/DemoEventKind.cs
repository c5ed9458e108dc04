namespace CatoScim.Events.Seeding;

/// <summary>What a planned demo event is about; each becomes the notification that would have caused it.</summary>
internal enum DemoEventKind : byte
{
    UserCreated,
    GroupCreated,
    UserUpdated,
    UserDeactivated,
    UserReactivated,
    GroupMembersAdded,
    GroupMembersRemoved,
    LicenseAssigned,
    LicenseReleased,
    RequestFailed,
    RequestsRefused,
    PoolExhausted,
}
