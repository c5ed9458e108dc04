namespace CatoScim.Events.Mail;

/// <summary>
/// A console screen an email points to. <see cref="Url"/> is null when the console's origin is unknown: the email then
/// says where the screen is on the service (<see cref="Path"/>) instead of carrying a link that cannot work.
/// </summary>
internal sealed record ConsoleLink(string Label, string Path, string? Url)
{
    /// <summary>What the plain-text part says after the label.</summary>
    public string Target => Url ?? $"open {Path} on the CatoScim service";
}
