using CatoScim.Host.Memory;

namespace CatoScim.Host.Tests.Memory;

public sealed class Gen0BudgetTests
{
    [Fact]
    public void Allocating_past_the_budget_collects_gen0()
    {
        var budget = new Gen0Budget(1024 * 1024);
        // Other tests run in parallel and may collect in between, which only moves the baseline: a few tries suffice.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var before = GC.CollectionCount(0);
            Allocate(2 * 1024 * 1024);
            if (budget.Enforce())
            {
                Assert.True(GC.CollectionCount(0) > before);
                return;
            }
        }

        Assert.Fail("10 allocations of twice the budget never triggered a collection");
    }

    [Fact]
    public void Allocating_under_the_budget_collects_nothing()
    {
        var budget = new Gen0Budget(long.MaxValue);
        Allocate(2 * 1024 * 1024);
        Assert.False(budget.Enforce());
    }

    // One array, so the window in which another test's collection can move the baseline is microseconds, not the
    // milliseconds of 2,000 small allocations (with many test hosts enforcing their own budgets, that window failed).
    private static void Allocate(int bytes) => GC.KeepAlive(new byte[bytes]);
}
