namespace CatoScim.Bench;

/// <summary>Response checks; each returns null when fine, else a short reason that counts as an error.</summary>
internal static class Expect
{
    public static string? Status(ScimResponse response, params ReadOnlySpan<int> accepted)
    {
        foreach (var status in accepted)
        {
            if (response.Status == status)
            {
                return null;
            }
        }

        return $"expected HTTP {string.Join(" or ", accepted.ToArray())}";
    }

    public static string? TotalResults(ScimResponse response, int expected)
    {
        var total = ScimJson.TotalResults(response.Body);
        return total == expected ? null : $"expected totalResults {expected}, got {total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
    }

    public static string? SingleResource(ScimResponse response, string expectedId)
    {
        var page = ScimJson.ListPage(response.Body);
        if (page is null || page.TotalResults != 1 || page.Ids.Count != 1)
        {
            return "expected exactly one resource";
        }

        return page.Ids[0] == expectedId ? null : $"expected id {expectedId}, got {page.Ids[0]}";
    }
}
