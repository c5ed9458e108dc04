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
}
