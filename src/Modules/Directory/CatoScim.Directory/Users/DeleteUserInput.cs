namespace CatoScim.Directory.Users;

internal sealed class DeleteUserInput
{
    public string UserId { get; set; } = "";
    public bool Force { get; set; }
}
