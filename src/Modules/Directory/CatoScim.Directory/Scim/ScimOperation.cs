namespace CatoScim.Directory.Scim;

/// <summary>Endpoint metadata naming a SCIM write, so a refused one is reported as a failed provisioning event.</summary>
internal sealed record ScimOperation(string ResourceType, string Name);
