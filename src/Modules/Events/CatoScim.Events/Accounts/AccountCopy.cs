using CatoScim.Events.Mail;

namespace CatoScim.Events.Accounts;

/// <summary>Events' own copy of the account facts a digest needs, fed by Directory notifications.</summary>
internal sealed class AccountCopy
{
    public Guid AccountId { get; init; }
    public string Name { get; set; } = "";
    public List<string> AlertRecipients { get; set; } = [];
    public DateTime AsOf { get; set; }

    /// <summary>Events-owned: whether this account gets the hourly digest.</summary>
    public bool DigestEnabled { get; set; } = true;

    /// <summary>
    /// Events-owned: the origin (`PublicOrigin`, or the request's scheme and host) of the admin request that last
    /// configured the account's mail settings; the emails' console links use it when `PublicOrigin` is not configured.
    /// </summary>
    public string? ConsoleOrigin { get; set; }

    public DateTime? ConsoleOriginAt { get; set; }

    /// <summary>The latest configuring request wins: an older one reported late (a queued AccountUpdated) changes nothing.</summary>
    public void NoteConsoleOrigin(string? origin, DateTime at)
    {
        if (ConsoleOrigins.Normalize(origin) is { } normalized && (ConsoleOriginAt is null || at >= ConsoleOriginAt))
        {
            ConsoleOrigin = normalized;
            ConsoleOriginAt = at;
        }
    }
}
