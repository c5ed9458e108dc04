using System.Text;
using System.Text.Encodings.Web;

namespace CatoScim.Events.Alerts;

/// <summary>The two parts of an alert email, saying the same; every value is HTML-encoded in the HTML part.</summary>
internal static class AlertMessage
{
    private const string Footer = "Sent by CatoScim. Choose which alerts you get in the alert settings; the recipients are the account's alert recipients.";

    private const string NoOrigin = "The links name paths on the CatoScim service: set PublicOrigin, or save the alert settings from the console, " +
        "to get links you can click.";

    public static string Text(AlertText alert)
    {
        // The same order as the HTML part: the first line and the links read at a glance, the details follow.
        var text = new StringBuilder(alert.Summary).Append("\n\n");
        foreach (var link in alert.Links)
        {
            text.Append(link.Label).Append(": ").Append(link.Target).Append('\n');
        }

        foreach (var paragraph in alert.Paragraphs)
        {
            text.Append('\n').Append(paragraph).Append('\n');
        }

        text.Append('\n').Append(Footer);
        if (alert.Links.Any(l => l.Url is null))
        {
            text.Append(' ').Append(NoOrigin);
        }

        return text.ToString();
    }

    public static string Html(AlertText alert)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html>\n<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n")
            .Append("<p style=\"font-size:16px\"><b>").Append(e.Encode(alert.Summary)).Append("</b></p>\n");
        foreach (var link in alert.Links)
        {
            html.Append(link.Url is { } url
                ? $"<p><a href=\"{e.Encode(url)}\">{e.Encode(link.Label)}</a></p>\n"
                : $"<p>{e.Encode(link.Label)}: open <code>{e.Encode(link.Path)}</code> on the CatoScim service</p>\n");
        }

        foreach (var paragraph in alert.Paragraphs)
        {
            html.Append("<p>").Append(e.Encode(paragraph)).Append("</p>\n");
        }

        html.Append("<p style=\"color:#777\">").Append(e.Encode(Footer));
        if (alert.Links.Any(l => l.Url is null))
        {
            html.Append(' ').Append(e.Encode(NoOrigin));
        }

        return html.Append("</p>\n</body></html>\n").ToString();
    }
}
