namespace CatoScim.Directory.Groups;

internal sealed class CreateGroupInput
{
    public string Name { get; set; } = "";
}
