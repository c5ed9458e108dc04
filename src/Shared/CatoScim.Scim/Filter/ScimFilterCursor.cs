using System.Runtime.CompilerServices;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

internal sealed class ScimFilterCursor(string text, int maxDepth)
{
    private readonly List<ScimFilterToken> _tokens = ScimFilterLexer.Tokenize(text);
    private int _index;
    private int _depth;

    public ScimFilterToken Current => Peek(0);

    public ScimFilterToken Peek(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    public bool AtDottedWord => Current.Kind == ScimFilterTokenKind.Word && Current.Text.StartsWith('.');

    public void Advance() => _index++;

    /// <summary>
    /// Called on every '(', 'not' and '[': the grammar recurses there, so a nesting limit is what stops
    /// 100,000 parentheses from overflowing the stack. The stack probe is the last line, not the only one.
    /// </summary>
    public void Enter()
    {
        if (++_depth > maxDepth)
        {
            throw ScimFilterLimits.TooDeep(maxDepth, Current.Position);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    public void Leave() => _depth--;

    public ScimFilterToken Take(ScimFilterTokenKind kind, string expected)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            var found = token.Kind == ScimFilterTokenKind.End ? "the end of the text" : $"'{ScimExcerpt.Of(token.Text)}'";
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
                $"Unexpected '{ScimExcerpt.Of(Current.Text)}'; combine expressions with 'and' or 'or'", Current.Position);
        }
    }
}
