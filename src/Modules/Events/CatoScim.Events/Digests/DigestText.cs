using System.Text;

namespace CatoScim.Events.Digests;

/// <summary>The digest's plain-text part: the same summary, links and details as the HTML part, in the same order.</summary>
internal static class DigestText
{
    public static string Render(DigestContent c)
    {
        var text = new StringBuilder()
            .Append(c.AccountName).Append(": SCIM provisioning ").Append(c.WindowStart).Append('-').Append(c.WindowEnd).Append(" UTC\n")
            .Append(c.Totals).Append(".\n");
        if (c.Late > 0)
        {
            text.Append(c.Late).Append(" late: they occurred before this window but reached CatoScim after its digest was sent.\n");
        }

        text.Append('\n');
        foreach (var d in c.Directories)
        {
            text.Append(d.Name).Append(": ").Append(d.Summary).Append('\n');
            if (d.Link is { } link)
            {
                text.Append("  ").Append(link.Label).Append(": ").Append(link.Target).Append('\n');
            }
        }

        text.Append('\n').Append(c.WindowLink.Label).Append(": ").Append(c.WindowLink.Target).Append('\n');
        if (c.Failures.Count > 0)
        {
            text.Append("\nFailures:\n");
            foreach (var f in c.Failures)
            {
                text.Append("  ").Append(f.Reason).Append('\n')
                    .Append("    ").Append(f.What).Append(": ").AppendJoin(", ", Details(f)).Append('\n');
            }

            if (c.MoreFailures > 0)
            {
                text.Append("  +").Append(c.MoreFailures).Append(" more\n");
            }
        }

        if (c.DisabledUsers.Count > 0)
        {
            text.Append("\nUsers disabled:\n");
            foreach (var u in c.DisabledUsers)
            {
                text.Append("  ").Append(u.Time).Append("  ").Append(u.UserName)
                    .Append(u.ExternalId.Length > 0 ? $" ({u.ExternalId})" : "").Append('\n');
            }
        }

        text.Append("\nSent by CatoScim. Change the recipients in the account settings.");
        if (!c.HasOrigin)
        {
            text.Append(" The links name paths on the CatoScim service: set PublicOrigin, or save the digest settings from the console, to get links you can click.");
        }

        return text.Append('\n').ToString();
    }

    private static IEnumerable<string> Details(DigestFailure f)
    {
        var who = f.ExternalId.Length > 0 ? $"{f.Resource} ({f.ExternalId})".TrimStart() : f.Resource;
        string[] details = [who, f.Directory, $"{f.Time} UTC", f.Status.Length > 0 ? $"HTTP {f.Status}" : ""];
        return details.Where(d => d.Length > 0);
    }
}
