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
        var console = host.ConsoleUrl;

        await using var browser = await ConsoleBrowser.StartAsync();
        try
        {
            await browser.SignInAsync(console, viewerKey);
            await browser.WaitForTextAsync("No directory yet");
            Assert.Equal("Read-only", await browser.EvaluateAsync<string>("document.querySelector('header .badge').textContent"));

            foreach (var screen in new[] { "scim", "users", "groups", "licenses", "events", "settings" })
            {
                await browser.OpenAsync($"{console}#/{screen}");
                await browser.WaitForAsync("document.querySelector('main h1') && !document.querySelector('main .loading')", $"the {screen} screen");
                var writeButtons = await browser.EvaluateAsync<string[]>(
                    "[...document.querySelectorAll('main button')].map(b => b.textContent.trim()).filter(t => /^(Save|Create|Generate|Rotate|Revoke|Delete|Assign|Unassign|Add|Send)/.test(t))");
                Assert.True(writeButtons.Length == 0, $"{screen} shows {string.Join(", ", writeButtons)} to a VIEWER");
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
