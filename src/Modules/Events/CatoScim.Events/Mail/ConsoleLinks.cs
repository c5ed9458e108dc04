using System.Globalization;

namespace CatoScim.Events.Mail;

/// <summary>The console screens emails link to (the console's hash routes under /admin), on one origin or none.</summary>
internal sealed class ConsoleLinks(string? origin)
{
    public const string Root = "/admin/";

    /// <summary>False when neither `PublicOrigin` nor a configuring request told us where the console is.</summary>
    public bool HasOrigin => origin is not null;

    /// <summary>The events feed from <paramref name="from"/> to <paramref name="to"/>, of one directory or all.</summary>
    public ConsoleLink Events(string label, DateTime from, DateTime to, Guid? directoryId)
    {
        var query = $"from={Escape(Iso(from))}&to={Escape(Iso(to))}";
        if (directoryId is { } id)
        {
            query += $"&directoryId={Escape(id.ToString())}";
        }

        return Link(label, $"#/events?{query}");
    }

    /// <summary>Directory Services → SCIM: the directories, their health and tokens.</summary>
    public ConsoleLink Scim(string label) => Link(label, "#/scim");

    public ConsoleLink Licenses(string label) => Link(label, "#/licenses");

    private ConsoleLink Link(string label, string route)
    {
        var path = Root + route;
        return new ConsoleLink(label, path, origin is null ? null : origin + path);
    }

    private static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
