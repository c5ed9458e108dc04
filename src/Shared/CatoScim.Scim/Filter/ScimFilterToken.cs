namespace CatoScim.Scim.Filter;

/// <summary><see cref="Text"/> is the decoded value for string literals and the raw text otherwise.</summary>
internal sealed record ScimFilterToken(ScimFilterTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string keyword) =>
        Kind == ScimFilterTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
