using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Pool;

internal sealed class PoolEditor(SeatTransaction seats, SeatEngine engine, TimeProvider time)
{
    /// <summary>Never unassigns silently: a total below the seats in use is refused.</summary>
    public async Task<LicensePool> UpdateAsync(Guid accountId, int total, DateTime? termStart, DateTime? termEnd, CancellationToken ct)
    {
        if (total < 0)
        {
            throw GraphQLErrors.Validation("total must be 0 or more.");
        }

        if (termStart is not null && termEnd is not null && termEnd < termStart)
        {
            throw GraphQLErrors.Validation("termEnd must not be before termStart.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        LicensePool? updated = null;
        await seats.RunAsync(accountId, now, async pool =>
        {
            if (total < pool.Allocated)
            {
                throw GraphQLErrors.Validation($"total {total} is below the {pool.Allocated} seats allocated; remove rules or users first.");
            }

            pool.Total = total;
            pool.TermStart = termStart;
            pool.TermEnd = termEnd;
            pool.UpdatedAt = now;
            await engine.FillAsync(pool, now, ct);
            updated = pool;
            return true;
        }, ct);
        return updated!;
    }
}
