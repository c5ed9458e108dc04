namespace CatoScim.Scim.Protocol;

/// <summary>
/// Error details go to the IdP admin and into the recorded failure; a client's 4 MiB of junk must reach neither,
/// so what echoes client input shows only its start.
/// </summary>
public static class ScimExcerpt
{
    /// <summary>How much of a piece of client input an error detail quotes.</summary>
    public const int InputLength = 200;

    /// <summary>The longest error detail sent or recorded: a sentence of guidance plus one excerpt.</summary>
    public const int DetailLength = 600;

    public static string Of(string? text, int maxLength = InputLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text is null || text.Length <= maxLength)
        {
            return text ?? string.Empty;
        }

        // Never cut a surrogate pair in half: the result must stay valid UTF-16 for the JSON writer.
        var end = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(text.AsSpan(0, end), "…");
    }

    public static string? Detail(string? detail) => detail is null ? null : Of(detail, DetailLength);
}
