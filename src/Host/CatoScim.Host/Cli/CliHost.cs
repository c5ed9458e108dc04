namespace CatoScim.Host.Cli;

/// <summary>The server's composition, built but not started, with one scope for the verb's work.</summary>
internal sealed class CliHost(WebApplication app) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = app.Services.CreateAsyncScope();

    public IServiceProvider Services => _scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await app.DisposeAsync();
    }
}
