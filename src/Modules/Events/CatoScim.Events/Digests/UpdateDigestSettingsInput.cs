namespace CatoScim.Events.Digests;

/// <summary>Omitted fields stay as they are.</summary>
internal sealed class UpdateDigestSettingsInput
{
    public bool? Enabled { get; set; }

    /// <summary>The account's alert recipients, saved by Directory (which owns them) as updateAccount saves them.</summary>
    public List<string>? Recipients { get; set; }
}
