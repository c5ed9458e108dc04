namespace CatoScim.Directory.Users;

internal sealed record CreateUserInput(string? UserName, UserAttributesInput Attributes);
