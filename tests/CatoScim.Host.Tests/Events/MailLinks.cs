using System.Net;
using System.Text.RegularExpressions;

namespace CatoScim.Host.Tests.Events;

/// <summary>The links of an email's HTML part, as a mail client follows them (attribute values decoded).</summary>
internal static partial class MailLinks
{
    public static List<string> Hrefs(string? html) =>
        [.. HrefPattern().Matches(html ?? "").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The feed of one window (and directory) in the console, as the emails link it.</summary>
    public static string EventsUrl(string origin, DateTime from, DateTime to, Guid? directoryId = null) =>
        $"{origin}/admin/#/events?from={Iso(from)}&to={Iso(to)}" + (directoryId is { } id ? $"&directoryId={id}" : "");

    private static string Iso(DateTime utc) => Uri.EscapeDataString(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();
}
