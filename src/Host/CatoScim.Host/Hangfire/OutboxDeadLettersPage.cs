using System.Globalization;
using System.Net;
using System.Text;
using CatoScim.ModuleKit.Outbox;
using Hangfire.Dashboard;

namespace CatoScim.Host.Hangfire;

/// <summary>
/// `/hangfire/outbox`: every module's dead-lettered notifications, so ops see what stopped without a database shell.
/// Read-only: re-driving stays an operator command, where it is logged and scripted.
/// </summary>
internal sealed class OutboxDeadLettersPage : IDashboardDispatcher
{
    public const string Route = "/outbox";
    private const int PerModule = 200;

    public async Task Dispatch(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var letters = await http.RequestServices.GetRequiredService<OutboxDeadLetterReader>().ReadAsync(PerModule, http.RequestAborted);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Render(letters, http.Request.PathBase));
    }

    private static string Render(IReadOnlyList<OutboxDeadLetter> letters, string dashboardBase)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Outbox dead letters - CatoScim</title></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(dashboardBase)}/\">Back to the jobs</a></p>")
            .Append("<h1>Outbox dead letters</h1>")
            .Append("<p>Re-drive with <code>outbox redrive --module MODULE [--id ID]</code>; a consumer's inbox makes a re-delivery change nothing.</p>");
        if (letters.Count == 0)
        {
            return html.Append("<p>No dead letters.</p></body></html>").ToString();
        }

        html.Append("<table><thead><tr><th>Module</th><th>Id</th><th>Notification</th><th>Occurred (UTC)</th>")
            .Append("<th>Dead-lettered (UTC)</th><th>Attempts</th><th>Last error</th></tr></thead><tbody>");
        foreach (var l in letters)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(l.Module)}</td><td>{l.Id}</td><td>{Encode(l.Type)}</td><td>{l.OccurredAt:u}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{l.DeadLetteredAt:u}</td><td>{l.Attempts}</td><td>{Encode(l.LastError ?? "")}</td></tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
