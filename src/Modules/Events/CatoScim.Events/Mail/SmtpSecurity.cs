namespace CatoScim.Events.Mail;

internal enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
