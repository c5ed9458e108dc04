namespace CatoScim.Bench;

/// <summary>Okta full import: pages through all users sequentially, then checks completeness.</summary>
internal sealed class PagePhase : IBenchPhase
{
    // Caps the page loop even if a broken server reports an absurd totalResults.
    private const int MaxTotalResults = 10_000_000;

    public string Name => "page";

    public bool RequiresCreatedUsers => true;

    public async Task RunAsync(BenchContext context)
    {
        var stats = context.Stats("page");
        var pageSize = context.Options.PageSize;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = 0;
        var startIndex = 1;
        var maxPages = 1;
        var total = 0;
        for (var page = 0; page < maxPages; page++)
        {
            var response = await context.Client.GetAsync(ScimPaths.UsersPage(startIndex, pageSize), context.Cancellation);
            var list = response.Status == 200 ? ScimJson.ListPage(response.Body) : null;
            stats.Record(response, Expect.Status(response, 200) ?? (list is null ? "not a ListResponse" : null));
            if (list is null)
            {
                return;
            }

            if (page == 0)
            {
                total = Math.Min(list.TotalResults, MaxTotalResults);
                maxPages = (total + pageSize - 1) / pageSize + 1;
            }

            foreach (var id in list.Ids)
            {
                duplicates += seen.Add(id) ? 0 : 1;
            }

            // Advance by what was returned: servers may legally send fewer than count.
            startIndex += list.Ids.Count;
            if (list.Ids.Count == 0 || startIndex > total)
            {
                break;
            }
        }

        Verify(stats, context.Users, seen, duplicates, startIndex - 1, total);
    }

    private static void Verify(PhaseStats stats, IReadOnlyList<BenchUser> users, HashSet<string> seen, int duplicates, int read, int total)
    {
        var missing = users.Count(u => !seen.Contains(u.Id));
        if (missing > 0)
        {
            stats.RecordFailure($"{missing} of {users.Count} created users never appeared while paging");
        }

        if (duplicates > 0)
        {
            stats.RecordFailure($"{duplicates} ids appeared on more than one page");
        }

        if (read < total)
        {
            stats.RecordFailure($"paging stopped after {read} of {total} resources");
        }
    }
}
