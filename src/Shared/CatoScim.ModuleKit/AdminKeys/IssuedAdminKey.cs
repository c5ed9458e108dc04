using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.ModuleKit.AdminKeys;

/// <summary>The only time a key's secret exists in clear: handed to the caller once, never stored.</summary>
public sealed record IssuedAdminKey(Guid KeyId, AdminRole Role, string Secret);
