namespace CatoScim.Directory.Groups;

internal sealed class CreateGroupPayloadType() : GroupPayloadGraphType("CreateGroupPayload");
