using System.Text;
using System.Text.Json;

namespace CatoScim.Scim.Filter;

internal static class ScimFilterLexer
{
    public static List<ScimFilterToken> Tokenize(string text)
    {
        var tokens = new List<ScimFilterToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var kind = c switch
            {
                '(' => ScimFilterTokenKind.OpenParen,
                ')' => ScimFilterTokenKind.CloseParen,
                '[' => ScimFilterTokenKind.OpenBracket,
                ']' => ScimFilterTokenKind.CloseBracket,
                '"' => ScimFilterTokenKind.String,
                _ => ScimFilterTokenKind.Word,
            };
            if (kind == ScimFilterTokenKind.String)
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (kind == ScimFilterTokenKind.Word)
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    throw new ScimFilterException($"Unexpected character '{c}' in the filter", start);
                }

                tokens.Add(new ScimFilterToken(kind, text[start..i], start));
            }
            else
            {
                tokens.Add(new ScimFilterToken(kind, c.ToString(), i++));
            }
        }

        tokens.Add(new ScimFilterToken(ScimFilterTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    // Wider than RFC 7643 ATTRNAME on purpose: URNs bring ':' and '.', SCIMMY and some clients
    // send '$ref' or unquoted values such as 123abc, which we accept rather than reject.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$' or ':' or '.' or '+';

    private static ScimFilterToken ReadString(string text, ref int i)
    {
        var start = i;
        var raw = new StringBuilder();
        raw.Append('"');
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                raw.Append(text[i++]);
            }

            raw.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            throw new ScimFilterException("A quoted value is missing its closing double quote", start);
        }

        raw.Append('"');
        i++;
        try
        {
            // RFC 7644 §3.4.2.2 makes filter values JSON literals, so JSON decides the escapes.
            var value = JsonSerializer.Deserialize<string>(raw.ToString())!;
            return new ScimFilterToken(ScimFilterTokenKind.String, value, start);
        }
        catch (JsonException)
        {
            throw new ScimFilterException("A quoted value contains an invalid escape sequence", start);
        }
        catch (ArgumentException)
        {
            // A lone surrogate (half of an emoji) cannot be read as JSON; it was a 500 before.
            throw new ScimFilterException("A quoted value contains an invalid character", start);
        }
    }
}
