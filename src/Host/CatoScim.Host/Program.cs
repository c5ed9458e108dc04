using CatoScim.Host.Cli;
using CatoScim.Host.Composition;

var cli = CliArguments.Parse(args);
if (CliRunner.IsCommand(cli))
{
    return await CliRunner.RunAsync(cli);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCatoScim();
var app = builder.Build();
await app.UseCatoScimAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory&lt;Program&gt; can host it in tests.</summary>
public partial class Program;
