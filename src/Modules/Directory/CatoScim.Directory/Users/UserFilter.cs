namespace CatoScim.Directory.Users;

internal sealed class UserFilter
{
    public string? Search { get; set; }
    public UserStatus? Status { get; set; }
    public UserOrigin? Origin { get; set; }
    public string? DirectoryId { get; set; }
}
