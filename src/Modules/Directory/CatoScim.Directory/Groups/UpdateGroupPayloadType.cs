namespace CatoScim.Directory.Groups;

internal sealed class UpdateGroupPayloadType() : GroupPayloadGraphType("UpdateGroupPayload");
