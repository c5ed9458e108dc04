using CatoScim.Events.Mail;

namespace CatoScim.Events.Digests;

internal sealed class DigestDirectory
{
    public string Name { get; init; } = "";

    /// <summary>"12 users created · 1 create failed · 3 users disabled".</summary>
    public string Summary { get; init; } = "";

    /// <summary>Its events of the window in the console; null for events of no directory (the window's link has them).</summary>
    public ConsoleLink? Link { get; init; }
}
