namespace CatoScim.Bench;

/// <summary>Where the SCIM endpoints live, e.g. http://127.0.0.1:5080/scim/v2/{accountId}/{directoryId}.</summary>
internal sealed record ScimTarget(Uri BaseUri, string Token);
