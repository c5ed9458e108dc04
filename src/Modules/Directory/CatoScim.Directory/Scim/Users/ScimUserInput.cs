using CatoScim.Directory.Users;

namespace CatoScim.Directory.Scim.Users;

/// <summary>A User resource as read from a POST/PUT body (or a patched representation); `Active` is null when omitted.</summary>
internal sealed record ScimUserInput(UserFields Fields, bool? Active, bool ExternalIdGiven);
