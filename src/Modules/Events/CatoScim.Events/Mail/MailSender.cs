using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CatoScim.Events.Mail;

/// <summary>Sends over SMTP, or drops the message into the pickup folder when no SMTP host is configured.</summary>
internal sealed class MailSender(IOptions<SmtpOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<MailSender> logger)
{
    public MailboxAddress From => MailboxAddress.Parse(options.Value.From);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            await WritePickupAsync(message, ct);
            return;
        }

        using var client = new SmtpClient();
        var security = smtp.Security switch
        {
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
        logger.LogInformation("Sent mail {Subject} to {Count} recipients via {Host}:{Port}", message.Subject, message.To.Count, smtp.Host, smtp.Port);
    }

    public string PickupDirectory =>
        options.Value.PickupDirectory is { Length: > 0 } configured
            ? configured
            : Path.Combine(environment.ContentRootPath, "data", "mail");

    private async Task WritePickupAsync(MimeMessage message, CancellationToken ct)
    {
        var folder = PickupDirectory;
        System.IO.Directory.CreateDirectory(folder);
        var name = $"{time.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
        var temp = Path.Combine(folder, name + ".tmp");
        // Written under a temporary name first so a pickup agent never reads a half-written file.
        await message.WriteToAsync(temp, ct);
        File.Move(temp, Path.Combine(folder, name + ".eml"));
        logger.LogInformation("Wrote mail {Subject} to pickup folder {Folder}", message.Subject, folder);
    }
}
