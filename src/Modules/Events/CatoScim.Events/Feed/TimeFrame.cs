namespace CatoScim.Events.Feed;

internal sealed class TimeFrame
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
}
