namespace CatoScim.Directory.Users;

internal enum UserSortField
{
    /// <summary>Family name, then given name, then user name.</summary>
    Name,
    Email,
    Created,
    Updated,
}
