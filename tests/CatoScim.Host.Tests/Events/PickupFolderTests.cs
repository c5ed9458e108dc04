using CatoScim.Events.Provisioning;
using CatoScim.Host.Tests.Infrastructure;
using MimeKit;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

public sealed class PickupFolderTests
{
    [Fact]
    public async Task Without_an_smtp_host_the_digest_is_written_as_an_eml_file()
    {
        var pickup = Path.Combine(TestFolders.New(), "data", "mail");
        await using var host = await StartAsync(new() { ["Smtp:PickupDirectory"] = pickup }, "ops@acme.com");
        await host.Factory.AddAsync(EventSeed.Event(host.AccountId, Hour10.AddMinutes(1), "USER_DEACTIVATED", ProvisioningAction.Disabled));
        host.At(Hour10.AddMinutes(65));
        await host.RunJobAsync();

        var file = Assert.Single(System.IO.Directory.GetFiles(pickup, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("[acme] SCIM provisioning 2026-01-05 10:00\u201311:00 UTC: 1 succeeded, 0 failed", message.Subject);
        Assert.Equal("ops@acme.com", message.To.Mailboxes.Single().Address);
        Assert.Empty(System.IO.Directory.GetFiles(pickup, "*.tmp"));
    }

    [Fact]
    public async Task The_default_pickup_folder_is_data_mail_under_the_content_root()
    {
        await using var host = await StartAsync([]);
        await host.GraphQL.ErrorAsync("mutation($a: ID!) { events(accountId: $a) { sendTestDigestEmail { sent } } }", "VALIDATION", new { a = host.AccountId });
        var sender = (CatoScim.Events.Mail.MailSender)host.Factory.Services.GetService(typeof(CatoScim.Events.Mail.MailSender))!;
        var environment = (Microsoft.Extensions.Hosting.IHostEnvironment)host.Factory.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostEnvironment))!;
        Assert.Equal(Path.Combine(environment.ContentRootPath, "data", "mail"), sender.PickupDirectory);
    }
}
