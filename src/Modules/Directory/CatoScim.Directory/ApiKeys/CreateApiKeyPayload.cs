namespace CatoScim.Directory.ApiKeys;

internal sealed record CreateApiKeyPayload(string Key, ApiKey ApiKey);
