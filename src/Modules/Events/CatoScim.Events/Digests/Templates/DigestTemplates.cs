namespace CatoScim.Events.Digests.Templates;

/// <summary>Liquid sources of the digest email; the HTML one is rendered with an HTML encoder, so values are escaped.</summary>
internal static class DigestTemplates
{
    public const string Html = """
        <!DOCTYPE html>
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <h2>{{ AccountName }}: SCIM provisioning {{ WindowStart }}&ndash;{{ WindowEnd }} UTC</h2>
        <p><b>{{ Succeeded }}</b> succeeded, <b>{{ Failed }}</b> failed, <b>{{ Disabled }}</b> users disabled.</p>
        {% if Late > 0 %}<p><b>{{ Late }}</b> late: they occurred before this window but reached CatoScim after its digest was sent.</p>{% endif %}
        {% for d in Directories %}
        <h3>{{ d.Name }}</h3>
        <table border="1" cellpadding="4" cellspacing="0"><tr><th>Operation</th><th>Result</th><th>Count</th></tr>
        {% for c in d.Counts %}<tr><td>{{ c.Operation }}</td><td>{{ c.Action }}</td><td>{{ c.Count }}</td></tr>
        {% endfor %}</table>
        {% endfor %}
        {% if Failures.size > 0 %}
        <h3>Failures</h3>
        <table border="1" cellpadding="4" cellspacing="0"><tr><th>Time</th><th>Resource</th><th>External ID</th><th>Operation</th><th>Reason</th><th>Status</th></tr>
        {% for f in Failures %}<tr><td>{{ f.Time }}</td><td>{{ f.Resource }}</td><td>{{ f.ExternalId }}</td><td>{{ f.Operation }}</td><td>{{ f.Reason }}</td><td>{{ f.Status }}</td></tr>
        {% endfor %}</table>
        {% if MoreFailures > 0 %}<p>+{{ MoreFailures }} more</p>{% endif %}
        {% endif %}
        {% if DisabledUsers.size > 0 %}
        <h3>Users disabled</h3>
        <ul>{% for u in DisabledUsers %}<li>{{ u.Time }} {{ u.UserName }}{% if u.ExternalId != "" %} ({{ u.ExternalId }}){% endif %}</li>{% endfor %}</ul>
        {% endif %}
        <p style="color:#777">Sent by CatoScim. Change the recipients in the account settings.</p>
        </body></html>
        """;

    public const string Text = """
        {{ AccountName }}: SCIM provisioning {{ WindowStart }}-{{ WindowEnd }} UTC
        {{ Succeeded }} succeeded, {{ Failed }} failed, {{ Disabled }} users disabled.
        {% if Late > 0 %}{{ Late }} late: they occurred before this window but reached CatoScim after its digest was sent.
        {% endif %}        {% for d in Directories %}
        {{ d.Name }}
        {% for c in d.Counts %}  {{ c.Operation }} {{ c.Action }}: {{ c.Count }}
        {% endfor %}{% endfor %}
        {% if Failures.size > 0 %}
        Failures:
        {% for f in Failures %}  {{ f.Time }}  {{ f.Resource }}  {{ f.ExternalId }}  {{ f.Operation }}  {{ f.Status }}  {{ f.Reason }}
        {% endfor %}{% if MoreFailures > 0 %}  +{{ MoreFailures }} more
        {% endif %}{% endif %}
        {% if DisabledUsers.size > 0 %}
        Users disabled:
        {% for u in DisabledUsers %}  {{ u.Time }}  {{ u.UserName }}  {{ u.ExternalId }}
        {% endfor %}{% endif %}
        """;
}
