namespace CatoScim.Directory.ApiKeys;

/// <summary>The only place the secret exists in clear: handed to the caller once, never stored.</summary>
internal sealed record IssuedApiKey(ApiKey Key, string Secret);
