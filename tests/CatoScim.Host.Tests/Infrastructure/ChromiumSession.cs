using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Host.Tests.Hangfire;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>
/// Headless Chromium driven over the DevTools protocol (a WebSocket; no browser-automation package is installable):
/// one page, with every request it and its workers send, and every console error and uncaught exception, recorded.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private int _nextId;
    private string? _page;
    private Task _receiving = Task.CompletedTask;

    private ChromiumSession(Process process) => _process = process;

    /// <summary>Every URL the page and its workers asked for, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Console errors, CSP refusals and uncaught exceptions.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    public static async Task<ChromiumSession> StartAsync()
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            $"--user-data-dir={TestFolders.New()}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank" })
        {
            start.ArgumentList.Add(arg);
        }

        var session = new ChromiumSession(Process.Start(start)!);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        while ((line = await session._process.StandardError.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("DevTools listening on ", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        _ = session._process.StandardError.ReadToEndAsync(CancellationToken.None);
        await session._socket.ConnectAsync(new Uri(line["DevTools listening on ".Length..].Trim()), timeout.Token);
        session._receiving = session.ReceiveAsync();
        var target = await session.SendAsync(null, "Target.createTarget", new { url = "about:blank" });
        var attached = await session.SendAsync(null, "Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true });
        session._page = attached.GetProperty("sessionId").GetString();
        await session.EnableAsync(session._page);
        await session.SendAsync(session._page, "Page.enable", new { });
        await session.SendAsync(session._page, "Target.setAutoAttach", new { autoAttach = true, waitForDebuggerOnStart = true, flatten = true });
        return session;
    }

    public Task NavigateAsync(string url) => SendAsync(_page, "Page.navigate", new { url });

    /// <summary>Evaluates JavaScript in the page (awaiting a promise) and returns its value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync(_page, "Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"'{expression}' threw: {exception}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Polls until the expression is a non-empty string in the page; returns it.</summary>
    public async Task<string> WaitForAsync(string expression, string what, int timeoutMs = 60_000)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await EvaluateAsync(expression);
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }

            Assert.True(deadline.ElapsedMilliseconds < timeoutMs, $"Timed out waiting for {what}. Errors: {string.Join(" | ", Errors)}");
            await Task.Delay(200);
        }
    }

    public Task InsertTextAsync(string text) => SendAsync(_page, "Input.insertText", new { text });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
        }

        await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        _send.Dispose();
    }

    private async Task EnableAsync(string? session)
    {
        await SendAsync(session, "Network.enable", new { });
        await SendAsync(session, "Runtime.enable", new { });
        await SendAsync(session, "Log.enable", new { });
    }

    private async Task<JsonElement> SendAsync(string? session, string method, object parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        await _send.WaitAsync(_stop.Token);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        }
        finally
        {
            _send.Release();
        }

        return await reply.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            using var json = JsonDocument.Parse(message.ToArray());
            message.SetLength(0);
            OnMessage(json.RootElement);
        }
    }

    private void OnMessage(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
        {
            if (message.TryGetProperty("error", out var error))
            {
                reply.SetException(new InvalidOperationException(error.ToString()));
            }
            else
            {
                reply.SetResult(message.GetProperty("result").Clone());
            }

            return;
        }

        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        switch (message.TryGetProperty("method", out var method) ? method.GetString() : null)
        {
            case "Network.requestWillBeSent":
                Requests.Enqueue(parameters.GetProperty("request").GetProperty("url").GetString()!);
                break;
            case "Runtime.exceptionThrown":
                Errors.Enqueue(parameters.GetProperty("exceptionDetails").ToString());
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() == "error":
                Errors.Enqueue(parameters.GetProperty("args").ToString());
                break;
            // Network entries are HTTP errors the page handles itself (a 401 for a wrong key); CSP refusals are not among them.
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error"
                && parameters.GetProperty("entry").GetProperty("source").GetString() != "network":
                Errors.Enqueue(parameters.GetProperty("entry").GetProperty("text").GetString()!);
                break;
            case "Target.attachedToTarget":
                // Workers are attached paused, so their first request is seen too.
                var worker = parameters.GetProperty("sessionId").GetString();
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await EnableAsync(worker);
                    }
                    finally
                    {
                        await SendAsync(worker, "Runtime.runIfWaitingForDebugger", new { });
                    }
                });
                break;
        }
    }
}
