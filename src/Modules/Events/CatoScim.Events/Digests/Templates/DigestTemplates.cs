namespace CatoScim.Events.Digests.Templates;

/// <summary>Liquid source of the digest's HTML part; it is rendered with an HTML encoder, so every value is escaped.</summary>
internal static class DigestTemplates
{
    public const string Html = """
        <!DOCTYPE html>
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <h2 style="margin-bottom:4px">{{ AccountName }}: SCIM provisioning {{ WindowStart }}&ndash;{{ WindowEnd }} UTC</h2>
        <p style="font-size:16px;margin-top:0"><b>{{ Totals }}</b></p>
        {% if Late > 0 %}<p><b>{{ Late }}</b> late: they occurred before this window but reached CatoScim after its digest was sent.</p>{% endif %}
        <table cellpadding="6" cellspacing="0" style="border-collapse:collapse">
        {% for d in Directories %}<tr style="border-top:1px solid #ddd"><td><b>{{ d.Name }}</b></td><td>{{ d.Summary }}</td><td>{% if d.Link %}{% if d.Link.Url %}<a href="{{ d.Link.Url }}">{{ d.Link.Label }}</a>{% else %}open <code>{{ d.Link.Path }}</code> on the CatoScim service{% endif %}{% endif %}</td></tr>
        {% endfor %}</table>
        <p>{% if WindowLink.Url %}<a href="{{ WindowLink.Url }}">{{ WindowLink.Label }}</a>{% else %}{{ WindowLink.Label }}: open <code>{{ WindowLink.Path }}</code> on the CatoScim service{% endif %}</p>
        {% if Failures.size > 0 %}
        <h3>Failures</h3>
        <table border="1" cellpadding="4" cellspacing="0"><tr><th>Reason</th><th>What</th><th>Who</th><th>Directory</th><th>Time (UTC)</th><th>HTTP</th></tr>
        {% for f in Failures %}<tr><td>{{ f.Reason }}</td><td>{{ f.What }}</td><td>{{ f.Resource }}{% if f.ExternalId != "" %} ({{ f.ExternalId }}){% endif %}</td><td>{{ f.Directory }}</td><td>{{ f.Time }}</td><td>{{ f.Status }}</td></tr>
        {% endfor %}</table>
        {% if MoreFailures > 0 %}<p>+{{ MoreFailures }} more</p>{% endif %}
        {% endif %}
        {% if DisabledUsers.size > 0 %}
        <h3>Users disabled</h3>
        <ul>{% for u in DisabledUsers %}<li>{{ u.Time }} {{ u.UserName }}{% if u.ExternalId != "" %} ({{ u.ExternalId }}){% endif %}</li>{% endfor %}</ul>
        {% endif %}
        <p style="color:#777">Sent by CatoScim. Change the recipients in the account settings.{% unless HasOrigin %} The links name paths on the CatoScim service: set PublicOrigin, or save the digest settings from the console, to get links you can click.{% endunless %}</p>
        </body></html>
        """;
}
