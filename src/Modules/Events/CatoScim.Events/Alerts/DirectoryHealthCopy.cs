namespace CatoScim.Events.Alerts;

/// <summary>
/// The last health status Events heard for a directory and, while it is FAILING (or not yet HEALTHY again), the
/// episode that started with the FAILING notification: one alert when it starts, one when it ends.
/// </summary>
internal sealed class DirectoryHealthCopy
{
    /// <summary>Not a health status: the directory was deleted, and later health news about it is ignored.</summary>
    public const string Deleted = "DELETED";
    public const int StatusMax = 20;

    public Guid DirectoryId { get; init; }
    public Guid AccountId { get; init; }
    public string Status { get; set; } = "";

    /// <summary>The message id of the FAILING notification that opened the episode; null while no episode is open.</summary>
    public Guid? EpisodeId { get; set; }
    public DateTime? FailingSince { get; set; }
    public DateTime AsOf { get; set; }
}
