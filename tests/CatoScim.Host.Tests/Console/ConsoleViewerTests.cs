using CatoScim.Host.Tests.Hangfire;
using Xunit.Abstractions;

namespace CatoScim.Host.Tests.Console;

/// <summary>A VIEWER key gets a read-only console, and the API, not the page, is what refuses its writes.</summary>
public sealed class ConsoleViewerTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Viewer_sees_no_write_controls_and_a_forced_write_shows_FORBIDDEN()
    {
        await using var host = await ConsoleHost.StartAsync("Acme");
        var viewerKey = (await host.Factory.GraphQL(host.EditorKey).DataAsync(
                $$"""mutation { account(accountId: "{{host.AccountId}}") { createApiKey(input: {name: "auditor", role: VIEWER}) { key } } }"""))
            .GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString()!;
        var editor = host.Factory.GraphQL(host.EditorKey);
        var directory = (await editor.DataAsync("""
            mutation($a: ID!) { directory(accountId: $a) {
              ann: createUser(input: {userName: "ann@acme.example"}) { user { id } }
              group: createGroup(input: {name: "Contractors"}) { group { id } } } }
            """, new { a = host.AccountId })).GetProperty("directory");
        var groupId = directory.GetProperty("group").GetProperty("group").GetProperty("id").GetString()!;
        await editor.DataAsync(
            "mutation($a: ID!, $g: ID!, $u: ID!) { directory(accountId: $a) { addGroupMembers(input: {groupId: $g, userIds: [$u]}) { group { id } } } }",
            new { a = host.AccountId, g = groupId, u = directory.GetProperty("ann").GetProperty("user").GetProperty("id").GetString() });
        var console = host.ConsoleUrl;

        await using var browser = await ConsoleBrowser.StartAsync();
        try
        {
            await browser.SignInAsync(console, viewerKey);
            await browser.WaitForTextAsync("No directory yet");
            Assert.Equal("Read-only", await browser.EvaluateAsync<string>("document.querySelector('header .badge').textContent"));

            // groups/{id}: a MANUAL group with a member, the page an editor changes it on.
            foreach (var screen in new[] { "scim", "users", "groups", $"groups/{groupId}", "licenses", "events", "settings" })
            {
                await browser.OpenAsync($"{console}#/{screen}");
                var group = screen.StartsWith("groups/", StringComparison.Ordinal);
                await browser.WaitForAsync("document.querySelector('main h1') && !document.querySelector('main .loading')"
                    + (group ? " && document.querySelector('#members-title')" : ""), $"the {screen} screen");
                var writeButtons = await browser.EvaluateAsync<string[]>(
                    "[...document.querySelectorAll('main button')].map(b => b.textContent.trim()).filter(t => /^(Save|Create|Generate|Rotate|Revoke|Delete|Assign|Unassign|Add|Send|Rename|Remove)/.test(t))");
                Assert.True(writeButtons.Length == 0, $"{screen} shows {string.Join(", ", writeButtons)} to a VIEWER");
                if (group)
                {
                    Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('main input, main form').length"));
                }
            }

            // Forced: enable the disabled account form and submit it as a hand-edited page would.
            await browser.Page.EvaluateExpressionAsync(
                "(() => { const f = document.querySelector('form[aria-labelledby=account-title]'); f.querySelector('fieldset').disabled = false; f.requestSubmit(); })()");
            await browser.WaitForAsync("document.querySelector('form[aria-labelledby=account-title] .banner.error')?.innerText.includes('FORBIDDEN')", "the FORBIDDEN error");

            await browser.ClickButtonAsync("Sign out");
            await browser.WaitForTextAsync("Signed out");
            Assert.Null(await browser.EvaluateAsync<string?>("sessionStorage.getItem('catoscim.apiKey')"));
            Assert.Empty(browser.Errors);
        }
        catch
        {
            await browser.FailedAsync(output, host.Factory.DataDir);
            throw;
        }
    }
}
