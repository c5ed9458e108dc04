using CatoScim.Events.Directories;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

/// <summary>Where the digest's console links point: `PublicOrigin`, else the request that configured the mail, else a path on the service.</summary>
public sealed class DigestConsoleOriginTests : IAsyncLifetime
{
    private const string Console = "https://console.acme.test";
    private readonly TestSmtpServer _smtp = new();
    private DigestTestHost? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task PublicOrigin_wins_over_the_origin_a_configuring_request_left()
    {
        var settings = Smtp(_smtp);
        settings["PublicOrigin"] = "https://scim.acme.example/";
        _host = await StartAsync(settings, "ops@acme.com");
        // As if the mail had been configured through another address before PublicOrigin was set.
        await SetCopyAsync(copy => copy.ConsoleOrigin = Console);
        var okta = await OneEventAsync();

        var mail = await DigestAsync();

        var expected = MailLinks.EventsUrl("https://scim.acme.example", Hour10, Hour10.AddHours(1), okta);
        Assert.Equal([expected, MailLinks.EventsUrl("https://scim.acme.example", Hour10, Hour10.AddHours(1))], MailLinks.Hrefs(mail.HtmlBody));
        Assert.Contains($"Open in the console: {expected}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Console, mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""mutation($a: ID!) { account(accountId: $a) { updateAccount(input: {alertRecipients: ["ops@acme.com"]}) { account { name } } } }""")]
    [InlineData("""mutation($a: ID!) { events(accountId: $a) { updateDigestSettings(input: {enabled: true}) { digestSettings { enabled } } } }""")]
    [InlineData("""mutation($a: ID!) { events(accountId: $a) { updateAlertSettings(input: {tokenWarningDays: 7}) { alertSettings { tokenWarningDays } } } }""")]
    public async Task Without_PublicOrigin_the_links_use_the_origin_of_the_last_request_that_configured_the_mail(string configuring)
    {
        // The recipients were set through http://localhost; a minute later the admin configures the mail from the console's address.
        _host = await StartAsync(Smtp(_smtp), "ops@acme.com");
        _host.At(Hour10.AddMinutes(1));
        var console = new GraphQLTestClient(_host.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(Console) }), _host.ApiKey);
        await console.DataAsync(configuring, new { a = _host.AccountId });
        await Eventually.AssertAsync(async () => (await CopyAsync()).ConsoleOrigin, origin => origin == Console, "the console origin on Events' account copy");
        var okta = await OneEventAsync();

        var mail = await DigestAsync();

        var expected = MailLinks.EventsUrl(Console, Hour10, Hour10.AddHours(1), okta);
        Assert.Equal([expected, MailLinks.EventsUrl(Console, Hour10, Hour10.AddHours(1))], MailLinks.Hrefs(mail.HtmlBody));
        Assert.Contains($"Open in the console: {expected}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_neither_the_email_names_the_console_path_on_the_service_and_carries_no_link()
    {
        // An account whose mail was configured before this version: recipients, but no configuring request on record.
        _host = await StartAsync(Smtp(_smtp));
        await SetCopyAsync(copy => copy.AlertRecipients = ["ops@acme.com"]);
        Assert.Null((await CopyAsync()).ConsoleOrigin);
        var okta = await OneEventAsync();

        var mail = await DigestAsync();

        var path = MailLinks.EventsUrl("", Hour10, Hour10.AddHours(1), okta);
        Assert.StartsWith("/admin/#/events?from=2026-01-05T10%3A00%3A00Z&to=", path, StringComparison.Ordinal);
        Assert.Empty(MailLinks.Hrefs(mail.HtmlBody));
        Assert.Contains($"Open in the console: open {path} on the CatoScim service", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("set PublicOrigin", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"open <code>{path.Replace("&", "&amp;", StringComparison.Ordinal)}</code> on the CatoScim service", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("http", mail.TextBody, StringComparison.Ordinal);
    }

    private async Task<Guid> OneEventAsync()
    {
        var okta = Guid.NewGuid();
        await _host!.Factory.AddAsync(
            new DirectoryCopy { DirectoryId = okta, AccountId = _host.AccountId, Name = "Okta", Provider = "OKTA", AsOf = Hour10 },
            EventSeed.Event(_host.AccountId, Hour10.AddMinutes(5), directoryId: okta));
        return okta;
    }

    private async Task<MimeKit.MimeMessage> DigestAsync()
    {
        _host!.At(Hour10.AddMinutes(65));
        await _host.RunJobAsync();
        return Assert.Single(_smtp.Messages);
    }

    private async Task<CatoScim.Events.Accounts.AccountCopy> CopyAsync()
    {
        await using var scope = _host!.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Accounts.AsNoTracking().SingleAsync(a => a.AccountId == _host.AccountId);
    }

    private async Task SetCopyAsync(Action<CatoScim.Events.Accounts.AccountCopy> change)
    {
        await using var scope = _host!.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        change(await db.Accounts.SingleAsync(a => a.AccountId == _host.AccountId));
        await db.SaveChangesAsync();
    }
}
