using System.Text.Json;
using CatoScim.Host.Tests.Hangfire;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace CatoScim.Host.Tests.Console;

/// <summary>
/// Headless Chromium (the machine's, never a downloaded one) on one console page, through PuppeteerSharp. It keeps the
/// page's console messages and errors; <see cref="FailedAsync"/> writes them and a screenshot where the test output shows.
/// </summary>
public sealed class ConsoleBrowser : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly IBrowser _browser;
    private readonly List<string> _log = [];

    private ConsoleBrowser(IBrowser browser, IPage page)
    {
        _browser = browser;
        Page = page;
        page.Console += (_, e) => Record($"console.{e.Message.Type}: {e.Message.Text}");
        page.PageError += (_, e) => Record($"page error: {e.Message}");
        page.RequestFailed += (_, e) => Record($"request failed: {e.Request.Url} {e.Request.FailureText}");
    }

    public IPage Page { get; }

    /// <summary>Uncaught errors in the page; a console that throws is a failing console.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<ConsoleBrowser> StartAsync()
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            // The CI container runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        page.DefaultTimeout = (int)Patience.TotalMilliseconds;
        return new ConsoleBrowser(browser, page);
    }

    public Task OpenAsync(string url) => Page.GoToAsync(url, WaitUntilNavigation.Load);

    /// <summary>Opens the console and signs in with `key` as an admin would: typed into the sign-in form.</summary>
    public async Task SignInAsync(string consoleUrl, string key)
    {
        await OpenAsync(consoleUrl);
        await FillAsync("#api-key", key);
        await ClickButtonAsync("Sign in");
    }

    /// <summary>Waits until `expression` is truthy in the page (a screen renders asynchronously after each call).</summary>
    public async Task WaitForAsync(string expression, string what)
    {
        try
        {
            await Page.WaitForExpressionAsync(expression, new WaitForFunctionOptions { Timeout = (int)Patience.TotalMilliseconds, PollingInterval = 100 });
        }
        catch (WaitTaskTimeoutException ex)
        {
            throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what} ({expression}).", ex);
        }
    }

    public Task WaitForTextAsync(string text) =>
        WaitForAsync($"document.querySelector('main')?.innerText.includes({JsonSerializer.Serialize(text)})", $"the text '{text}'");

    /// <summary>Clicks the visible, enabled button with this text (as a user would pick it), waiting for it.</summary>
    public async Task ClickButtonAsync(string text, string scope = "document")
    {
        // The scope may not exist yet (a dialog opening): an expression that throws would end the wait at once.
        var find = $"[...({scope})?.querySelectorAll('button') ?? []].find(b => b.textContent.trim() === {JsonSerializer.Serialize(text)} && !b.disabled && b.offsetParent !== null)";
        await WaitForAsync(find, $"an enabled button '{text}'");
        await Page.EvaluateExpressionAsync($"{find}.click()");
    }

    public async Task FillAsync(string selector, string value)
    {
        await Page.WaitForSelectorAsync(selector, new WaitForSelectorOptions { Visible = true });
        await Page.EvaluateFunctionAsync("(s) => { const e = document.querySelector(s); e.focus(); e.select?.(); }", selector);
        await Page.Keyboard.DownAsync("Control");
        await Page.Keyboard.PressAsync("a");
        await Page.Keyboard.UpAsync("Control");
        await Page.Keyboard.PressAsync("Backspace");
        await Page.Keyboard.TypeAsync(value);
    }

    public async Task SelectAsync(string selector, string value)
    {
        await Page.WaitForSelectorAsync(selector);
        await Page.SelectAsync(selector, value);
    }

    public Task<T> EvaluateAsync<T>(string expression) => Page.EvaluateExpressionAsync<T>(expression);

    public Task<string> ValueAsync(string selector) => Page.EvaluateFunctionAsync<string>("(s) => document.querySelector(s).value", selector);

    /// <summary>Writes the page's log to the test output and a full-page screenshot to the test's data folder, named in the output.</summary>
    public async Task FailedAsync(ITestOutputHelper output, string folder)
    {
        foreach (var line in _log)
        {
            output.WriteLine(line);
        }

        var file = Path.Combine(folder, "console-failure.png");
        try
        {
            await Page.ScreenshotAsync(file, new ScreenshotOptions { FullPage = true });
            output.WriteLine($"screenshot: {file}");
        }
        catch (PuppeteerException ex)
        {
            // The test's own failure is what matters; a page that is gone cannot be photographed.
            output.WriteLine($"no screenshot: {ex.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }

    private void Record(string line)
    {
        lock (_log)
        {
            _log.Add(line);
            if (line.StartsWith("page error", StringComparison.Ordinal))
            {
                Errors.Add(line);
            }
        }
    }
}
