namespace CatoScim.Directory.Groups;

internal sealed class RemoveGroupMembersPayloadType() : GroupPayloadGraphType("RemoveGroupMembersPayload");
