using System.Runtime.CompilerServices;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

/// <summary>The refusals shared by the parser and by every walker over a parsed filter.</summary>
internal static class ScimFilterLimits
{
    public static ScimFilterException TooDeep(int maxDepth, int position) =>
        new($"The expression nests more than {maxDepth} levels of parentheses, 'not' or '[...]'", position);

    public static ScimFilterException TooLong(string what, int maxLength) =>
        new($"The {what} is longer than the {maxLength} characters this service accepts");

    /// <summary>
    /// A walker's guard on entering a nested node: trees built by the parser never reach the ceiling, one
    /// built by hand might; either way the answer is a refusal, never a stack overflow.
    /// </summary>
    public static void Walk(int depth)
    {
        if (depth > ScimLimits.WalkerDepthCeiling)
        {
            throw TooDeep(ScimLimits.WalkerDepthCeiling, 0);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    /// <summary>
    /// The operands of a chain of one operator (<c>a or b or c</c>), read without recursion: the parser builds
    /// such chains left-deep, one level per operand, and a long list of ids must not cost a stack frame each.
    /// </summary>
    public static List<ScimFilter> Operands(ScimLogicalFilter chain)
    {
        var operands = new List<ScimFilter>();
        var pending = new Stack<ScimFilter>();
        pending.Push(chain);
        while (pending.TryPop(out var node))
        {
            if (node is ScimLogicalFilter logical && logical.Operator == chain.Operator)
            {
                pending.Push(logical.Right);
                pending.Push(logical.Left);
            }
            else
            {
                operands.Add(node);
            }
        }

        return operands;
    }
}
