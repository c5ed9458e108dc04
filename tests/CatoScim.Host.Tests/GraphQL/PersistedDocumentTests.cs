using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// Persisted documents: a client sends `documentId` ("sha256:" + the hex SHA-256 of a document under the Host's
/// GraphQL/Documents) instead of the text; with GraphQL:PersistedDocuments:Only nothing else runs.
/// </summary>
public sealed class PersistedDocumentTests
{
    private static readonly string ViewerId = IdOf(Path.Combine(RepoPaths.Root, "src", "Host", "CatoScim.Host", "GraphQL", "Documents", "Viewer.graphql"));
    private static readonly string UnknownId = "sha256:" + new string('0', 64);

    [Fact]
    public async Task A_known_document_runs_by_its_id_over_post_and_get()
    {
        await using var factory = new CatoScimFactory();
        var (accountId, key) = await factory.CreateAccountAsync();

        var (postStatus, posted) = await PostAsync(factory, key, new { documentId = ViewerId });
        var (getStatus, got) = await GetAsync(factory, key, $"documentId={Uri.EscapeDataString(ViewerId)}");

        Assert.Equal(HttpStatusCode.OK, postStatus);
        Assert.Equal(accountId.ToString(), posted.GetProperty("data").GetProperty("viewer").GetProperty("account").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal("EDITOR", got.GetProperty("data").GetProperty("viewer").GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_unknown_id_and_an_id_with_text_are_refused()
    {
        await using var factory = new CatoScimFactory();
        var (_, key) = await factory.CreateAccountAsync();

        var (unknownStatus, unknown) = await PostAsync(factory, key, new { documentId = UnknownId });
        var (bothStatus, both) = await PostAsync(factory, key, new { documentId = ViewerId, query = "{ viewer { role } }" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(unknown));
        Assert.Equal(HttpStatusCode.BadRequest, bothStatus);
        Assert.Equal("BAD_REQUEST", Code(both));
    }

    [Fact]
    public async Task With_only_persisted_documents_text_is_refused_and_known_ids_run()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:PersistedDocuments:Only"] = "true" });
        var (_, key) = await factory.CreateAccountAsync();

        var (textStatus, text) = await PostAsync(factory, key, new { query = "{ viewer { role } }" });
        var (getTextStatus, getText) = await GetAsync(factory, key, "query=%7Bviewer%7Brole%7D%7D");
        var (unknownStatus, unknown) = await PostAsync(factory, key, new { documentId = UnknownId });
        var (knownStatus, known) = await PostAsync(factory, key, new { documentId = ViewerId });

        Assert.Equal(HttpStatusCode.BadRequest, textStatus);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Code(text));
        Assert.Equal(HttpStatusCode.BadRequest, getTextStatus);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Code(getText));
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(unknown));
        Assert.Equal(HttpStatusCode.OK, knownStatus);
        Assert.Equal("EDITOR", known.GetProperty("data").GetProperty("viewer").GetProperty("role").GetString());
    }

    private static string IdOf(string path) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n"))));

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<(HttpStatusCode, JsonElement)> PostAsync(CatoScimFactory factory, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Add("x-api-key", key);
        using var response = await factory.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<(HttpStatusCode, JsonElement)> GetAsync(CatoScimFactory factory, string key, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?{query}");
        request.Headers.Add("x-api-key", key);
        using var response = await factory.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
