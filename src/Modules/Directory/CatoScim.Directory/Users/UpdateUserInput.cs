using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

/// <summary>Omitted fields stay as they are; null clears an optional one.</summary>
internal sealed record UpdateUserInput(string? UserId, Optional<string> UserName, UserAttributesInput Attributes, bool? Active);
