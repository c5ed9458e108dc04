namespace CatoScim.Directory.Groups;

internal sealed class GroupFilter
{
    public string? Search { get; set; }
    public GroupOrigin? Origin { get; set; }
    public string? DirectoryId { get; set; }
}
