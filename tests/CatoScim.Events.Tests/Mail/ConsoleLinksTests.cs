using CatoScim.Events.Mail;

namespace CatoScim.Events.Tests.Mail;

public sealed class ConsoleLinksTests
{
    private static readonly DateTime From = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Directory = Guid.Parse("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    [Fact]
    public void The_events_link_carries_the_window_and_directory_url_encoded()
    {
        var link = new ConsoleLinks("https://scim.acme.test").Events("Open", From, From.AddHours(1), Directory);

        Assert.Equal("https://scim.acme.test/admin/#/events?from=2026-01-05T10%3A00%3A00Z&to=2026-01-05T11%3A00%3A00Z"
            + $"&directoryId={Directory}", link.Url);
        Assert.Equal(link.Url, link.Target);
    }

    [Fact]
    public void Without_a_directory_the_link_covers_the_whole_window()
    {
        var link = new ConsoleLinks("https://scim.acme.test").Events("All", From, From.AddHours(1), null);
        Assert.EndsWith("to=2026-01-05T11%3A00%3A00Z", link.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_origin_a_link_says_where_the_screen_is_on_the_service()
    {
        var links = new ConsoleLinks(null);
        var scim = links.Scim("Tokens");

        Assert.False(links.HasOrigin);
        Assert.Null(scim.Url);
        Assert.Equal("open /admin/#/scim on the CatoScim service", scim.Target);
        Assert.Equal("/admin/#/licenses", links.Licenses("Pool").Path);
    }

    [Theory]
    [InlineData("https://scim.acme.test/", "https://scim.acme.test")]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    [InlineData("https://proxy.acme.test/catoscim", "https://proxy.acme.test/catoscim")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://files.acme.test", null)]
    [InlineData("https://user:pw@acme.test", null)]
    [InlineData("https://acme.test/?q=1", null)]
    [InlineData("scim.acme.test", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_http_origins_are_kept(string? origin, string? expected) => Assert.Equal(expected, ConsoleOrigins.Normalize(origin));
}
