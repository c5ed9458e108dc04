using System.Text.Json;
using CatoScim.FloorProbe;

// The least an ASP.NET Core server on this stack can do for a SCIM create: read the body, one INSERT committed with
// one fsync, a small JSON answer. Its server time, measured by the same outside client, is the floor this stack
// reaches on this machine (bench/node/floor-probe.mjs; bench/CatoScim.Bench/README.md, session 15).
var options = ProbeOptions.Parse(args);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = options.Inline);
using var store = ProbeStore.Open(options.DatabasePath, options.Synchronous);
var app = builder.Build();

app.MapPost("/Users", async (HttpContext http) =>
{
    using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
    var userName = body.RootElement.GetProperty("userName").GetString() ?? "";
    var id = Guid.CreateVersion7();
    if (!store.Insert(id, userName, body.RootElement.GetRawText()))
    {
        return Results.Conflict();
    }

    http.Response.Headers.Location = $"/Users/{id}";
    return Results.Json(new ProbeUser(["urn:ietf:params:scim:schemas:core:2.0:User"], id, userName), statusCode: StatusCodes.Status201Created);
});
app.MapGet("/stats", () => store.Stats());

await app.StartAsync();
// The driver reads the port from the first line.
Console.WriteLine(new Uri(app.Urls.First()).Port);
await app.WaitForShutdownAsync();
