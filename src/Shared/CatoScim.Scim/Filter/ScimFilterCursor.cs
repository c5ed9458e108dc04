namespace CatoScim.Scim.Filter;

internal sealed class ScimFilterCursor(string text)
{
    private readonly List<ScimFilterToken> _tokens = ScimFilterLexer.Tokenize(text);
    private int _index;

    public ScimFilterToken Current => Peek(0);

    public ScimFilterToken Peek(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    public bool AtDottedWord => Current.Kind == ScimFilterTokenKind.Word && Current.Text.StartsWith('.');

    public void Advance() => _index++;

    public ScimFilterToken Take(ScimFilterTokenKind kind, string expected)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            var found = token.Kind == ScimFilterTokenKind.End ? "the end of the text" : $"'{token.Text}'";
            throw new ScimFilterException($"Expected {expected} but found {found}", token.Position);
        }

        _index++;
        return token;
    }

    public void ExpectEnd()
    {
        if (Current.Kind != ScimFilterTokenKind.End)
        {
            throw new ScimFilterException(
                $"Unexpected '{Current.Text}'; combine expressions with 'and' or 'or'", Current.Position);
        }
    }
}
