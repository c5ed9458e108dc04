namespace CatoScim.ModuleKit.Text;

/// <summary>
/// A name an admin gives a record (account, SCIM directory, group, token, API key): one line of printable text. A
/// control character (NUL, a line break, a tab, C1) in one would cut or break every place it is shown: a console
/// row, a digest email's subject line, a CSV export, a log line an operator greps, and SQLite's text functions stop
/// at a NUL.
/// </summary>
public static class Label
{
    public static bool HasControlCharacters(string value) => value.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0
        || value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0;

    /// <param name="field">The name's field as the client wrote it (`name`).</param>
    public static string ControlCharactersRefused(string field) => $"{field} cannot hold control characters (NUL, line breaks, tabs).";
}
