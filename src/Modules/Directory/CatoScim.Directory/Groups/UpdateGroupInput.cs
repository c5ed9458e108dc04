namespace CatoScim.Directory.Groups;

/// <summary>An omitted name stays as it is.</summary>
internal sealed class UpdateGroupInput
{
    public string GroupId { get; set; } = "";
    public string? Name { get; set; }
}
