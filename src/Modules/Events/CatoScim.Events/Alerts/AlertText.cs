namespace CatoScim.Events.Alerts;

internal sealed record AlertText(string Subject, string Body);
