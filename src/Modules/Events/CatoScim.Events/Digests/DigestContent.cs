using CatoScim.Events.Mail;

namespace CatoScim.Events.Digests;

/// <summary>What one digest email says; every string is rendered through the template's encoder.</summary>
internal sealed class DigestContent
{
    public string AccountName { get; init; } = "";
    public string WindowStart { get; init; } = "";
    public string WindowEnd { get; init; } = "";
    public int Succeeded { get; init; }
    public int Failed { get; init; }
    public int Disabled { get; init; }

    /// <summary>The first line: "4 succeeded, 2 failed, 1 user disabled".</summary>
    public string Totals { get; init; } = "";

    /// <summary>Events that occurred before the window but reached Events after an earlier digest was sent.</summary>
    public int Late { get; init; }
    public List<DigestDirectory> Directories { get; init; } = [];

    /// <summary>The whole window in the console's events feed.</summary>
    public ConsoleLink WindowLink { get; init; } = null!;

    /// <summary>False when the links are paths on the service, as neither `PublicOrigin` nor a configuring request is known.</summary>
    public bool HasOrigin { get; init; }
    public List<DigestFailure> Failures { get; init; } = [];
    public int MoreFailures { get; init; }
    public List<DigestDisabledUser> DisabledUsers { get; init; } = [];
}
