namespace CatoScim.Directory.Users;

/// <summary>The admin-facing view of <see cref="User.Active"/>.</summary>
internal enum UserStatus
{
    Active,
    Disabled,
}
