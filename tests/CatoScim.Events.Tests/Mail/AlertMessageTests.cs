using CatoScim.Events.Alerts;
using CatoScim.Events.Mail;

namespace CatoScim.Events.Tests.Mail;

public sealed class AlertMessageTests
{
    private static readonly DateTime At = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Both_parts_open_with_the_summary_and_link_the_console_and_the_html_part_escapes_names()
    {
        var alert = AlertTexts.LicensePoolExhausted(new ConsoleLinks("https://scim.acme.test"), "<b>acme</b>", 100, 3, At);
        var directory = AlertTexts.TokenExpiring(new ConsoleLinks("https://scim.acme.test"), "acme", "\"<script>x()</script>\" (OKTA)", "cst_ab", At.AddDays(3), At);

        var text = AlertMessage.Text(alert);
        Assert.StartsWith("Licence pool used up: 3 users waiting, all 100 seats assigned.\n\n", text, StringComparison.Ordinal);
        Assert.Contains("https://scim.acme.test/admin/#/licenses", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://scim.acme.test/admin/#/licenses\">", AlertMessage.Html(alert), StringComparison.Ordinal);
        Assert.Equal("[<b>acme</b>] The ZTNA licence pool is used up: 3 users waiting for a seat", alert.Subject);

        var html = AlertMessage.Html(directory);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x()&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<script>x()</script>", AlertMessage.Text(directory), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_origin_the_parts_name_the_console_path_and_say_how_to_get_links()
    {
        var alert = AlertTexts.DirectoryFailing(new ConsoleLinks(null), "acme", Guid.Empty, "\"Okta\" (OKTA)", At, "TOKEN_REVOKED", 10, 9);

        var text = AlertMessage.Text(alert);
        var html = AlertMessage.Html(alert);
        Assert.Contains("The directory and its tokens (Directory Services > SCIM in the console): open /admin/#/scim on the CatoScim service", text,
            StringComparison.Ordinal);
        Assert.Contains("set PublicOrigin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains("<code>/admin/#/scim</code>", html, StringComparison.Ordinal);
        Assert.Contains("set PublicOrigin", html, StringComparison.Ordinal);
    }
}
