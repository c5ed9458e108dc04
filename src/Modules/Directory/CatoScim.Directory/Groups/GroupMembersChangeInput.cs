namespace CatoScim.Directory.Groups;

/// <summary>The input of both addGroupMembers and removeGroupMembers.</summary>
internal sealed class GroupMembersChangeInput
{
    public string GroupId { get; set; } = "";
    public List<string> UserIds { get; set; } = [];
}
