namespace CatoScim.Directory.Groups;

internal sealed class DeleteGroupPayloadType() : GroupPayloadGraphType("DeleteGroupPayload");
