namespace CatoScim.Directory.Groups;

internal sealed class DeleteGroupInput
{
    public string GroupId { get; set; } = "";
}
