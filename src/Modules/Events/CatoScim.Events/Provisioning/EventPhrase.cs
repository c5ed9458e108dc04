using System.Globalization;

namespace CatoScim.Events.Provisioning;

/// <summary>
/// What happened, in an admin's words: <see cref="One"/> for a single event ("user created", "create failed"),
/// <see cref="Many"/> for several. <see cref="Rank"/> orders a summary; operations with the same words share it.
/// </summary>
internal sealed record EventPhrase(string One, string Many, int Rank)
{
    /// <summary>"User created", "Create failed": the label of one event.</summary>
    public string Label => Capital(One);

    /// <summary>"Users created", "Requests refused": a heading over several.</summary>
    public string Heading => Capital(Many);

    /// <summary>"12 users created", "1 create failed".</summary>
    public string Counted(int count) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? One : Many)}";

    private static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
