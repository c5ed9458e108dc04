using CatoScim.Events.Digests;
using CatoScim.Events.Provisioning;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

/// <summary>The digest job against a real SMTP server, driven by the fake clock; the job method is called directly.</summary>
public sealed class DigestEmailTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private DigestTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(Smtp(_smtp), "ops@acme.com", "sec@acme.com");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task One_email_per_window_with_recipients_subject_counts_and_failure_rows()
    {
        var okta = Guid.NewGuid();
        var entra = Guid.NewGuid();
        var a = _host.AccountId;
        await _host.Factory.AddAsync(
            new CatoScim.Events.Directories.DirectoryCopy { DirectoryId = okta, AccountId = a, Name = "Okta <US>", Provider = "OKTA", AsOf = Hour10 },
            EventSeed.Event(a, Hour10.AddMinutes(1), directoryId: okta),
            EventSeed.Event(a, Hour10.AddMinutes(2), "USER_UPDATED", directoryId: okta),
            EventSeed.Event(a, Hour10.AddMinutes(3), "USER_DEACTIVATED", ProvisioningAction.Disabled, "gone@acme.com", okta, externalId: "00uGONE"),
            EventSeed.Event(a, Hour10.AddMinutes(4), directoryId: entra, userName: "bo@acme.com"),
            EventSeed.Event(a, Hour10.AddMinutes(5), "USER_CREATE", ProvisioningAction.Failure, "dup@acme.com", okta, reason: "userName already exists", status: 409, externalId: "00uDUP"),
            EventSeed.Event(a, Hour10.AddMinutes(6), "USER_REPLACE", ProvisioningAction.Failure, "x@acme.com", entra, reason: "bad value", status: 400),
            EventSeed.Event(a, Hour10.AddMinutes(61), userName: "next-hour@acme.com"));

        _host.At(Hour10.AddMinutes(65));
        await _host.RunJobAsync();

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal(["ops@acme.com", "sec@acme.com"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("catoscim@localhost", mail.From.Mailboxes.Single().Address);
        Assert.Equal("[acme] SCIM provisioning 2026-01-05 10:00\u201311:00 UTC: 4 succeeded, 2 failed", mail.Subject);
        var html = mail.HtmlBody;
        var text = (mail.TextBody ?? "").ReplaceLineEndings("\n");
        // It opens with the totals and one line per directory in admin words; a directory Events has heard of is named
        // (and HTML-escaped), one it has not is shown by id.
        Assert.StartsWith("acme: SCIM provisioning 2026-01-05 10:00-11:00 UTC\n4 succeeded, 2 failed, 1 user disabled.", text, StringComparison.Ordinal);
        Assert.Contains("<b>4 succeeded, 2 failed, 1 user disabled</b>", html, StringComparison.Ordinal);
        Assert.Contains("Okta <US> (OKTA): 1 user created \u00b7 1 user updated \u00b7 1 user disabled \u00b7 1 create failed", text, StringComparison.Ordinal);
        Assert.Contains($"Directory {entra}: 1 user created \u00b7 1 update failed", text, StringComparison.Ordinal);
        Assert.Contains("<td><b>Okta &lt;US&gt; (OKTA)</b></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("USER_", html + text, StringComparison.Ordinal);

        // The recipients were set by updateAccount through http://localhost: each directory's events of the window, and
        // the whole window, in the console at that origin.
        var okta10 = MailLinks.EventsUrl("http://localhost", Hour10, Hour10.AddHours(1), okta);
        var entra10 = MailLinks.EventsUrl("http://localhost", Hour10, Hour10.AddHours(1), entra);
        var all10 = MailLinks.EventsUrl("http://localhost", Hour10, Hour10.AddHours(1));
        Assert.Equal([entra10, okta10, all10], MailLinks.Hrefs(html));
        Assert.Contains($"  Open in the console: {okta10}\n", text, StringComparison.Ordinal);
        Assert.Contains($"All events of this digest in the console: {all10}\n", text, StringComparison.Ordinal);

        // Failures with their reason first.
        Assert.Contains("<tr><td>userName already exists</td><td>Create failed</td><td>dup@acme.com (00uDUP)</td><td>Okta &lt;US&gt; (OKTA)</td>"
            + "<td>10:05:00</td><td>409</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("  userName already exists\n    Create failed: dup@acme.com (00uDUP), Okta <US> (OKTA), 10:05:00 UTC, HTTP 409", text, StringComparison.Ordinal);
        Assert.Contains($"  bad value\n    Update failed: x@acme.com, Directory {entra}, 10:06:00 UTC, HTTP 400", text, StringComparison.Ordinal);
        Assert.Contains("gone@acme.com (00uGONE)", html, StringComparison.Ordinal);
        Assert.Contains("10:03:00  gone@acme.com (00uGONE)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("next-hour@acme.com", html + text, StringComparison.Ordinal);
        Assert.DoesNotContain("set PublicOrigin", text, StringComparison.Ordinal);

        var record = Assert.Single(await _host.DigestsAsync());
        Assert.Equal((DigestStatus.Sent, 4, 2), (record.Status, record.Succeeded, record.Failed));

        var listed = (await _host.GraphQL.DataAsync("""
            query($a: ID!) { events(accountId: $a) { digest { enabled recipients }
              digests(input: {paging: {limit: 10}}) { items { windowStart windowEnd recipients succeeded failed status error sentAt } paging { total } } } }
            """, new { a = _host.AccountId })).GetProperty("events");
        Assert.True(listed.GetProperty("digest").GetProperty("enabled").GetBoolean());
        Assert.Equal(1, listed.GetProperty("digests").GetProperty("paging").GetProperty("total").GetInt32());
        var item = listed.GetProperty("digests").GetProperty("items")[0];
        Assert.Equal("SENT", item.GetProperty("status").GetString());
        Assert.Equal(2, item.GetProperty("recipients").GetArrayLength());
    }

    [Fact]
    public async Task Nothing_for_an_empty_window_and_one_email_when_the_job_runs_twice_or_concurrently()
    {
        _host.At(Hour10.AddMinutes(65));
        await _host.RunJobAsync();
        Assert.Empty(_smtp.Messages);

        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(70)));
        _host.At(Hour10.AddMinutes(125));
        await _host.RunJobAsync();
        await _host.RunJobAsync();
        Assert.Single(_smtp.Messages);

        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(130)));
        _host.At(Hour10.AddMinutes(185));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(_host.RunJobAsync)));
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Equal(2, (await _host.DigestsAsync()).Count);
    }

    [Fact]
    public async Task Catch_up_after_three_missed_windows_sends_one_email_per_window()
    {
        await _host.Factory.AddAsync(
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(10)),
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(70), "USER_CREATE", ProvisioningAction.Failure, reason: "nope", status: 400),
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(130)),
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(250)));

        _host.At(Hour10.AddHours(4).AddMinutes(5));
        await _host.RunJobAsync();

        Assert.Equal(
        [
            "[acme] SCIM provisioning 2026-01-05 10:00\u201311:00 UTC: 1 succeeded, 0 failed",
            "[acme] SCIM provisioning 2026-01-05 11:00\u201312:00 UTC: 0 succeeded, 1 failed",
            "[acme] SCIM provisioning 2026-01-05 12:00\u201313:00 UTC: 1 succeeded, 0 failed",
        ], _smtp.Messages.Select(m => m.Subject));
        Assert.Equal(3, (await _host.DigestsAsync()).Count);
    }

    [Fact]
    public async Task Idp_supplied_markup_is_escaped_in_the_html_part_and_kept_as_sent_in_the_text_part()
    {
        var okta = Guid.NewGuid();
        await _host.Factory.AddAsync(
            new CatoScim.Events.Directories.DirectoryCopy { DirectoryId = okta, AccountId = _host.AccountId, Name = "<i>Okta</i>", Provider = "OKTA", AsOf = Hour10 },
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(1), "USER_CREATE", ProvisioningAction.Failure,
                "<script>alert(1)</script>@acme.com", okta, reason: "<b>bold</b>", status: 400, externalId: "\"><img src=x>"),
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(2), "USER_DEACTIVATED", ProvisioningAction.Disabled, "<script>gone()</script>", okta));
        _host.At(Hour10.AddMinutes(65));
        await _host.RunJobAsync();

        var mail = Assert.Single(_smtp.Messages);
        var html = mail.HtmlBody;
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;@acme.com", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;gone()&lt;/script&gt;", html, StringComparison.Ordinal);
        // The only links are the console's, whatever the names hold.
        Assert.All(MailLinks.Hrefs(html), href => Assert.StartsWith("http://localhost/admin/#/events?", href, StringComparison.Ordinal));
        Assert.Contains("<script>gone()</script>", mail.TextBody, StringComparison.Ordinal);
    }
}
