using CatoScim.Directory.Scim.Traffic;
using static CatoScim.Directory.Contracts.Scim.ScimHealthStatuses;

namespace CatoScim.Directory.Tests.Scim.Traffic;

public sealed class ScimHealthRulesTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);
    private static readonly ScimHealthOptions Options = new();

    [Fact]
    public void Without_any_authenticated_request_a_directory_never_connected()
    {
        Assert.Equal(NeverConnected, Judge(Inputs(NeverConnected)));
        Assert.Equal(NeverConnected, Judge(Inputs(Healthy, lastRequest: Ago(5), lastSuccess: Ago(5))));
    }

    [Fact]
    public void Connected_with_recent_requests_and_no_failures_is_healthy_and_after_a_quiet_day_idle()
    {
        Assert.Equal(Healthy, Judge(Connected(lastRequest: Ago(60 * 23))));
        Assert.Equal(Idle, Judge(Connected(lastRequest: Ago(60 * 24))));
    }

    [Theory]
    [InlineData(4, 4, false)]
    [InlineData(5, 5, true)]
    public void The_failure_minimum_decides_when_nothing_succeeded_since(int requests, int failures, bool failing) =>
        Assert.Equal(failing ? Failing : Degraded,
            Judge(Connected(lastRequest: Ago(1), lastSuccess: Ago(30), lastFailure: Ago(1)) with
            {
                RequestsInWindow = requests,
                FailuresInWindow = failures,
                FirstFailureInWindow = Ago(8),
            }));

    [Fact]
    public void A_success_after_the_first_failure_keeps_it_from_failing_unless_failures_outnumber_successes()
    {
        var mixed = Connected(lastRequest: Ago(1), lastSuccess: Ago(2), lastFailure: Ago(1)) with
        {
            FailuresInWindow = 6,
            FirstFailureInWindow = Ago(9),
        };
        Assert.Equal(Degraded, Judge(mixed with { RequestsInWindow = 12 }));
        Assert.Equal(Failing, Judge(mixed with { RequestsInWindow = 11 }));
    }

    [Fact]
    public void A_failing_directory_stays_failing_while_its_latest_outcome_is_a_failure_until_it_is_idle()
    {
        var gaveUp = Connected(lastRequest: Ago(50), lastSuccess: Ago(70), lastFailure: Ago(50)) with { Status = Failing };
        Assert.Equal(Failing, Judge(gaveUp));
        Assert.Equal(Idle, Judge(gaveUp with { LastRequestAt = Ago(60 * 24), LastFailureAt = Ago(60 * 24) }));
    }

    [Fact]
    public void Recovering_from_failing_is_healthy_at_once_and_only_later_failures_degrade_it()
    {
        var recovering = Connected(lastRequest: Ago(0), lastSuccess: Ago(0), lastFailure: Ago(3)) with { Status = Failing };
        Assert.Equal(Healthy, Judge(recovering));

        var recovered = recovering with { Status = Healthy, RecoveredAt = Ago(1) };
        Assert.Equal(Healthy, Judge(recovered));
        Assert.Equal(Degraded, Judge(recovered with { LastFailureAt = Ago(0) }));
    }

    [Fact]
    public void A_failure_degrades_for_an_hour()
    {
        Assert.Equal(Degraded, Judge(Connected(lastRequest: Ago(1), lastSuccess: Ago(1), lastFailure: Ago(59))));
        Assert.Equal(Healthy, Judge(Connected(lastRequest: Ago(1), lastSuccess: Ago(1), lastFailure: Ago(61))));
    }

    [Fact]
    public void Refusals_before_any_success_turn_a_never_connected_directory_failing()
    {
        var refused = Inputs(NeverConnected, lastRequest: Ago(1), lastFailure: Ago(1)) with
        {
            RequestsInWindow = 5,
            FailuresInWindow = 5,
            FirstFailureInWindow = Ago(3),
        };
        Assert.Equal(Failing, Judge(refused));
        Assert.Equal(Degraded, Judge(refused with { RequestsInWindow = 1, FailuresInWindow = 1 }));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, false)]
    [InlineData(204, false)]
    [InlineData(304, false)]
    [InlineData(404, false)]
    [InlineData(412, false)]
    [InlineData(400, true)]
    [InlineData(409, true)]
    [InlineData(413, true)]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Error_answers_fail_except_absent_resources_stale_versions_and_endpoints_not_offered(int status, bool failure)
    {
        Assert.Equal(failure, ScimHealthRules.IsFailure(status));
        Assert.Equal($"HTTP_{status}", ScimHealthRules.Reason(status));
    }

    private static string Judge(ScimHealthInputs inputs) => ScimHealthRules.Judge(inputs, Now, Options);

    private static DateTime Ago(int minutes) => Now.AddMinutes(-minutes);

    private static ScimHealthInputs Inputs(string status, DateTime? lastRequest = null, DateTime? lastSuccess = null, DateTime? lastFailure = null) =>
        new(status, null, lastRequest, null, lastSuccess, lastFailure, 0, 0, null);

    private static ScimHealthInputs Connected(DateTime lastRequest, DateTime? lastSuccess = null, DateTime? lastFailure = null) =>
        Inputs(Healthy, lastRequest, lastSuccess, lastFailure) with { LastAuthenticatedAt = lastRequest };
}
