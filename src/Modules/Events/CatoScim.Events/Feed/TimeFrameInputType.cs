using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class TimeFrameInputType : InputObjectGraphType<TimeFrame>
{
    public TimeFrameInputType()
    {
        Name = "TimeFrameInput";
        Field(t => t.From, nullable: true).Description("Inclusive.");
        Field(t => t.To, nullable: true).Description("Exclusive.");
    }
}
