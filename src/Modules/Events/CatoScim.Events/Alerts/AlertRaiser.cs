using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Alerts;

/// <summary>Stages alert records; the caller saves them and then hands them to <see cref="AlertQueue"/>.</summary>
internal sealed class AlertRaiser(EventsDbContext db, ConsoleOrigins origins, TimeProvider time)
{
    /// <summary>Null when the episode named by <paramref name="key"/> already has its alert.</summary>
    public async Task<AlertRecord?> RaiseAsync(
        Guid accountId, AlertKind kind, string key, Guid? directoryId, DateTime raisedAt, AlertText text, CancellationToken ct)
    {
        if (db.Alerts.Local.Any(a => a.Key == key) || await db.Alerts.AnyAsync(a => a.Key == key, ct))
        {
            return null;
        }

        var alert = new AlertRecord
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Kind = kind,
            Key = key,
            DirectoryId = directoryId,
            Subject = Clip(text.Subject, AlertRecord.SubjectMax),
            Body = Clip(AlertMessage.Text(text), AlertRecord.BodyMax),
            Html = AlertMessage.Html(text),
            RaisedAt = raisedAt,
            QueuedAt = time.GetUtcNow().UtcDateTime,
            Status = AlertStatus.Queued,
        };
        db.Alerts.Add(alert);
        return alert;
    }

    public async Task<string> AccountNameAsync(Guid accountId, CancellationToken ct) =>
        await db.Accounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>The console links, resolved when the alert is raised: it is sent at once.</summary>
    public async Task<ConsoleLinks> ConsoleAsync(Guid accountId, CancellationToken ct) =>
        origins.For(await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.AccountId == accountId, ct));

    /// <summary>`"Okta US" (OKTA)`, or the id of a directory Events has not heard of.</summary>
    public async Task<string> DirectoryLabelAsync(Guid directoryId, CancellationToken ct)
    {
        var copy = await db.Directories.AsNoTracking().FirstOrDefaultAsync(d => d.DirectoryId == directoryId, ct);
        return copy is null ? $"directory {directoryId}" : $"\"{copy.Name}\" ({copy.Provider})";
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "\u2026";
}
