using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CatoScim.Host.Tests.Hangfire;
using CatoScim.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatoScim.Host.Tests.Console;

/// <summary>
/// The setup story on the console alone, in headless Chromium against a real Kestrel Host: sign in, enable SCIM, create a
/// directory, hand its Base URL and token (read from the page) to an IdP, watch users, licences and events follow, and
/// delete the directory.
/// </summary>
public sealed class ConsoleJourneyTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Admin_connects_an_IdP_assigns_licences_in_bulk_and_deletes_the_directory_on_the_console()
    {
        await using var host = await ConsoleHost.StartAsync("Acme");
        var console = host.ConsoleUrl;

        await using var browser = await ConsoleBrowser.StartAsync();
        try
        {
            await browser.SignInAsync(console, host.EditorKey);
            await browser.WaitForTextAsync("No directory yet");

            await browser.Page.ClickAsync("#scim-enabled");
            await browser.ClickButtonAsync("Save");
            await browser.WaitForAsync("document.querySelector('#scim-enabled').checked && !document.querySelector('#scim-enabled').closest('form').querySelector('button').textContent.includes('Saving')", "SCIM to be saved");

            await browser.FillAsync("#directory-name", "Okta production");
            await browser.ClickButtonAsync("Create directory");
            await browser.WaitForAsync("document.querySelector('input[id^=base-url-]')", "the directory's Base URL");
            var baseUrl = await browser.ValueAsync("input[id^=base-url-]");
            await browser.ClickButtonAsync("Generate token");
            await browser.ClickButtonAsync("Generate token", "document.querySelector('dialog[open]')");
            await browser.WaitForAsync("document.querySelector('dialog[open] .secret input')?.value", "the token, shown once");
            var token = await browser.ValueAsync("dialog[open] .secret input");
            await browser.ClickButtonAsync("Done");

            using var idp = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/") };
            idp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var ann = await CreateUserAsync(idp, "ann@acme.example", "00u1");
            var bob = await CreateUserAsync(idp, "bob@acme.example", "00u2");
            var cid = await CreateUserAsync(idp, "cid@acme.example", "00u3");
            await SendAsync(idp, HttpMethod.Patch, $"Users/{cid}", ScimBodies.Patch("""{"op":"replace","value":{"active":false}}"""), HttpStatusCode.OK);
            await SendAsync(idp, HttpMethod.Post, "Groups",
                $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering","members":[{"value":"{{ann}}"},{"value":"{{bob}}"}]}""",
                HttpStatusCode.Created);
            await SendAsync(idp, HttpMethod.Post, "Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"not an email"}""", HttpStatusCode.BadRequest);

            await browser.OpenAsync(console + "#/users");
            await browser.WaitForAsync(
                "[...document.querySelectorAll('tbody tr')].filter(r => r.innerText.includes('@acme.example')).length === 3", "the three users");
            Assert.Contains("Disabled", await browser.EvaluateAsync<string>("[...document.querySelectorAll('tbody tr')].find(r => r.innerText.includes('cid@acme.example')).innerText"), StringComparison.Ordinal);
            Assert.Contains("Active", await browser.EvaluateAsync<string>("[...document.querySelectorAll('tbody tr')].find(r => r.innerText.includes('ann@acme.example')).innerText"), StringComparison.Ordinal);

            await browser.OpenAsync(console + "#/licenses");
            await browser.FillAsync("#pool-total", "5");
            await browser.ClickButtonAsync("Save pool");
            await browser.WaitForAsync("document.querySelector('[data-pool=total]')?.textContent === '5'", "the pool of 5 seats");
            foreach (var userName in new[] { "ann@acme.example", "bob@acme.example" })
            {
                await browser.Page.ClickAsync($"input[aria-label='Select {userName}']");
            }

            await browser.ClickButtonAsync("Assign licences");
            await browser.WaitForTextAsync("2 assigned");
            await browser.WaitForAsync("document.querySelector('[data-pool=allocated]')?.textContent === '2' && document.querySelector('[data-pool=available]')?.textContent === '3'", "the gauge to show 2 of 5 allocated");

            // Events arrive through the outbox; a fresh load of the screen reads them as soon as they are written.
            await Eventually.AssertAsync(async () =>
            {
                await browser.OpenAsync(console + "#/events");
                await browser.WaitForAsync("document.querySelector('main table, main .empty')", "the feed");
                return await browser.EvaluateAsync<string>("document.querySelector('main').innerText");
            }, text => text.Contains("User created", StringComparison.Ordinal) && text.Contains("User disabled", StringComparison.Ordinal)
                && text.Contains("Create failed", StringComparison.Ordinal) && text.Contains("Licence assigned", StringComparison.Ordinal),
                "the feed to show the creates, the deactivation, the failed create and the licences");
            var badges = await browser.EvaluateAsync<string[]>("[...document.querySelectorAll('main tbody .badge')].map(b => b.textContent)");
            Assert.Contains("Success", badges);
            Assert.Contains("Disabled", badges);
            Assert.Contains("Failure", badges);

            await browser.OpenAsync(console + "#/scim");
            await browser.ClickButtonAsync("Delete directory");
            await browser.WaitForAsync("document.querySelector('dialog[open]')?.innerText.includes('3 users and 1 group will be unlinked and kept')", "the deletion to say what it keeps");
            await browser.ClickButtonAsync("Delete directory", "document.querySelector('dialog[open]')");
            await browser.WaitForTextAsync("No directory yet");

            await browser.OpenAsync(console + "#/users");
            await browser.WaitForAsync(
                "[...document.querySelectorAll('tbody tr')].filter(r => r.innerText.includes('@acme.example')).length === 3", "the three users, kept");
            Assert.DoesNotContain("Okta production", await browser.EvaluateAsync<string>("document.querySelector('main table').innerText"), StringComparison.Ordinal);
            Assert.Empty(browser.Errors);
        }
        catch
        {
            await browser.FailedAsync(output, host.Factory.DataDir);
            throw;
        }
    }

    private static async Task<string> CreateUserAsync(HttpClient idp, string userName, string externalId)
    {
        var body = await SendAsync(idp, HttpMethod.Post, "Users", ScimBodies.OktaUser(userName, externalId: externalId), HttpStatusCode.Created);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<string> SendAsync(HttpClient idp, HttpMethod method, string path, string json, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/scim+json") };
        using var response = await idp.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
