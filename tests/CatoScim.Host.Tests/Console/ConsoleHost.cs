using System.Net;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Console;

/// <summary>A real Kestrel Host on a free loopback port with one account and its EDITOR key, for a browser to reach.</summary>
public sealed class ConsoleHost : IAsyncDisposable
{
    private ConsoleHost(CatoScimFactory factory, Guid accountId, string editorKey, int port)
    {
        Factory = factory;
        AccountId = accountId;
        EditorKey = editorKey;
        ConsoleUrl = $"http://127.0.0.1:{port}/admin/";
    }

    public CatoScimFactory Factory { get; }

    public Guid AccountId { get; }

    public string EditorKey { get; }

    public string ConsoleUrl { get; }

    public static async Task<ConsoleHost> StartAsync(string accountName)
    {
        var port = FreePorts.Next();
        var factory = new CatoScimFactory(environment: "Production");
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var (accountId, editorKey) = await factory.CreateAccountAsync(accountName);
        return new ConsoleHost(factory, accountId, editorKey, port);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
