namespace CatoScim.Events.Mail;

/// <summary>The `Smtp` section. No Host means: write .eml files to the pickup folder instead of sending.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "catoscim@localhost";

    /// <summary>Defaults to `data/mail` under the content root.</summary>
    public string? PickupDirectory { get; set; }
}
