namespace CatoScim.Scim.Filter;

internal enum ScimFilterTokenKind
{
    Word,
    String,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    End,
}
