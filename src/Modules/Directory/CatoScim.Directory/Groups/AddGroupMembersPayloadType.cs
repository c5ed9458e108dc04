namespace CatoScim.Directory.Groups;

internal sealed class AddGroupMembersPayloadType() : GroupPayloadGraphType("AddGroupMembersPayload");
