using CatoScim.Events.Feed;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Tests.Feed;

public sealed class FeedMarkerTests
{
    [Fact]
    public void Round_trips_time_and_id_as_url_safe_text()
    {
        var marker = new FeedMarker(new DateTime(2026, 1, 5, 10, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567), Guid.CreateVersion7());
        var text = marker.Encode();
        Assert.DoesNotContain('+', text);
        Assert.DoesNotContain('/', text);
        Assert.DoesNotContain('=', text);
        Assert.Equal(marker, FeedMarker.Decode(text, "input.marker"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("!!not base64!!")]
    [InlineData("__________________________________")]
    public void Rejects_what_it_did_not_issue(string text)
    {
        var error = Assert.Throws<InputError>(() => FeedMarker.Decode(text, "input.marker"));
        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal("input.marker", error.Field);
    }
}
