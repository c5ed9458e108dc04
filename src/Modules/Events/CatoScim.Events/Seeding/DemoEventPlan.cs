namespace CatoScim.Events.Seeding;

/// <summary>
/// One event to write, small enough that a million of them can be sorted by time before any text is made: `Subject` is
/// an index into the dataset's users, groups or directories (by `Kind`), `Variant` picks among a kind's wordings.
/// </summary>
internal readonly record struct DemoEventPlan(long Ticks, DemoEventKind Kind, int Subject, int Variant);
