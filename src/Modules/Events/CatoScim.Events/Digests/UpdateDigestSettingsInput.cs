namespace CatoScim.Events.Digests;

/// <summary>Omitted fields stay as they are.</summary>
internal sealed class UpdateDigestSettingsInput
{
    public bool? Enabled { get; set; }
}
