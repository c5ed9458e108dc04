using GraphQL.Types;

namespace CatoScim.Events.Timeline;

internal sealed class EventTimelineInputType : InputObjectGraphType<EventTimelineInput>
{
    public EventTimelineInputType()
    {
        Name = "EventTimelineInput";
        Field(i => i.From).Description("Inclusive; a whole hour in UTC.");
        Field(i => i.To).Description($"Exclusive; a whole hour in UTC, after `from` and at most {EventTimelineInput.MaxHours} hours (31 days) from it.");
        Field<IdGraphType>("directoryId").Description("Only this directory's events; omit for all of the account's.");
    }
}
