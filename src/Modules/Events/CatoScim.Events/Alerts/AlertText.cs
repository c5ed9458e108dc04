using CatoScim.Events.Mail;

namespace CatoScim.Events.Alerts;

/// <summary>
/// One alert email before it is rendered: the compact first line, what happened and what to do, and the console
/// screens to open. <see cref="AlertMessage"/> renders the plain-text and HTML parts from it.
/// </summary>
internal sealed record AlertText(string Subject, string Summary, IReadOnlyList<string> Paragraphs, IReadOnlyList<ConsoleLink> Links);
