using System.Net;
using CatoScim.Host.Tests.Hangfire;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL.Explorer;

/// <summary>The explorer at /graphql in headless Chromium against a real Kestrel Host, as an admin would use it.</summary>
public sealed class ExplorerBrowserTests
{
    [ChromiumFact]
    public async Task Explorer_loads_takes_a_viewer_key_runs_a_query_and_fetches_nothing_from_elsewhere()
    {
        var port = FreePorts.Next();
        await using var factory = new CatoScimFactory(environment: "Production");
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var (accountId, editorKey) = await factory.CreateAccountAsync();
        var viewerKey = (await factory.GraphQL(editorKey).DataAsync(
                $$"""mutation { account(accountId: "{{accountId}}") { createApiKey(input: {name: "explorer", role: VIEWER}) { key } } }"""))
            .GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString()!;
        var origin = $"http://127.0.0.1:{port}";

        await using var browser = await ChromiumSession.StartAsync();
        await browser.NavigateAsync($"{origin}/graphql");
        await browser.WaitForAsync("document.querySelector('.graphiql-execute-button') ? 'ready' : ''", "GraphiQL to render");

        await browser.EvaluateAsync("document.getElementById('api-key').focus()");
        await browser.InsertTextAsync(viewerKey);
        await browser.EvaluateAsync("document.getElementById('use-key').click()");
        // The schema comes from the standard introspection query; the Docs button appears once it is loaded.
        await browser.WaitForAsync("document.querySelector('[aria-label=\"Show Documentation Explorer\"]') ? 'docs' : ''", "the schema to load");

        await browser.EvaluateAsync("document.querySelector('.graphiql-execute-button').click()");
        var response = await browser.WaitForAsync(
            "globalThis.__MONACO?.editor.getModels().map(m => m.getValue()).find(v => v.includes('\"viewer\"')) ?? ''", "the query's response");
        Assert.Contains("\"role\": \"VIEWER\"", response, StringComparison.Ordinal);
        Assert.Contains(accountId.ToString(), response, StringComparison.Ordinal);

        Assert.Equal(viewerKey, (await browser.EvaluateAsync("sessionStorage.getItem('catoscim.apiKey')")).GetString());
        Assert.False((await browser.EvaluateAsync(
            $"Object.keys(localStorage).some(k => (localStorage.getItem(k) ?? '').includes('{viewerKey}'))")).GetBoolean());
        Assert.Contains(browser.Requests, url => url.StartsWith($"{origin}/graphql/explorer/", StringComparison.Ordinal) && url.EndsWith(".worker.js", StringComparison.Ordinal));
        Assert.All(browser.Requests, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:" + origin, StringComparison.Ordinal),
            $"The explorer requested {url}"));
        Assert.Empty(browser.Errors);
    }
}
