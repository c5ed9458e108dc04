namespace CatoScim.Directory.Scim.Patch;

/// <summary>RFC 7644 §3.12 Table 9 scimType values a PATCH can fail with.</summary>
internal static class ScimErrorType
{
    public const string InvalidSyntax = "invalidSyntax";
    public const string InvalidPath = "invalidPath";
    public const string NoTarget = "noTarget";
    public const string InvalidValue = "invalidValue";
    public const string Mutability = "mutability";
}
