using CatoScim.Host.Cli;
using CatoScim.Host.Composition;

if (OperatorCli.IsCommand(args))
{
    return await OperatorCli.RunAsync(args, CliConsole.System);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCatoScim();
var app = builder.Build();
await app.UseCatoScimAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory&lt;Program&gt; can host it in tests.</summary>
public partial class Program;
