using System.Globalization;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Events.Mail;
using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Alerts;

/// <summary>What the alert emails say, in the words of an admin rather than of the code, and which console screen they open.</summary>
internal static class AlertTexts
{
    /// <summary>
    /// The events link of a failing directory spans this much before it turned FAILING and after: Directory judges health
    /// over its own windows (10 minutes failing, an hour degraded by default), and the admin wants to see what followed.
    /// </summary>
    public static readonly TimeSpan FailureLookback = TimeSpan.FromHours(1);

    private const string ScimScreen = "Directory Services > SCIM in the console";

    public static AlertText DirectoryFailing(ConsoleLinks console, string account, Guid directoryId, string directory, DateTime since, string? reason,
        int requests, int failures) => new(
        $"{Tag(account)}SCIM provisioning from {directory} is failing",
        $"{directory} is failing: {failures} of {requests} recent requests failed.{(reason is null ? "" : $" Last reason: {EventWords.Reason(reason)}.")}",
        [
            $"The SCIM directory {directory} has been failing since {Time(since)}: {failures} of {requests} recent requests from the " +
            $"identity provider failed{(reason is null ? "" : $", the last because of {reason}")}.",
            "Until this is fixed, users and groups changed in the identity provider do not reach CatoScim.",
            $"What to do: {Hint(reason)}",
            "You get one more email when the directory is healthy again.",
        ],
        [
            console.Events("The failed requests", since - FailureLookback, since + FailureLookback, directoryId),
            console.Scim($"The directory and its tokens ({ScimScreen})"),
        ]);

    public static AlertText DirectoryRecovered(ConsoleLinks console, string account, Guid directoryId, string directory, DateTime failingSince,
        DateTime healthyAt) => new(
        $"{Tag(account)}SCIM provisioning from {directory} has recovered",
        $"{directory} is healthy again after {Duration(healthyAt - failingSince)} of failures.",
        [
            $"The SCIM directory {directory} is healthy again since {Time(healthyAt)}. It was failing from {Time(failingSince)} " +
            $"({Duration(healthyAt - failingSince)}).",
            "Changes the identity provider retried have arrived. Changes it gave up on during that time have not: look for failed " +
            "provisioning tasks in the identity provider and retry them.",
        ],
        [
            console.Events("The requests of that time", failingSince - FailureLookback, healthyAt.AddMinutes(1), directoryId),
            console.Scim($"The directory's health ({ScimScreen})"),
        ]);

    public static AlertText TokenExpiring(ConsoleLinks console, string account, string directory, string prefix, DateTime expiresAt, DateTime now) => new(
        $"{Tag(account)}The SCIM token {prefix}\u2026 of {directory} expires {In(expiresAt - now)}",
        $"Token {prefix}\u2026 of {directory} expires {In(expiresAt - now)} ({Time(expiresAt)}): replace it before provisioning stops.",
        [
            $"The SCIM token {prefix}\u2026 of the directory {directory} expires at {Time(expiresAt)}. From then on CatoScim refuses " +
            "the identity provider's requests with this token, and provisioning stops.",
            "To replace it: create a new token for the directory, enter it in the identity provider's provisioning settings, " +
            "check that provisioning works, then revoke the old token.",
            "This reminder comes at most once a day until the token expires or is revoked.",
        ],
        [console.Scim($"Create the new token ({ScimScreen})")]);

    public static AlertText LicensePoolExhausted(ConsoleLinks console, string account, int total, int pending, DateTime at) => new(
        $"{Tag(account)}The ZTNA licence pool is used up: {Users(pending)} waiting for a seat",
        $"Licence pool used up: {Users(pending)} waiting, all {total} seats assigned.",
        [
            $"All {total} ZTNA seats are assigned, and {Users(pending)} that your licence rules cover {(pending == 1 ? "is" : "are")} " +
            $"waiting for a seat (as of {Time(at)}).",
            "They get a seat as soon as one is free: raise the size of the licence pool, or free seats held by users who no longer need them.",
            "This email comes once each time the pool runs out.",
        ],
        [console.Licenses("The licence pool and who is waiting (SDP licences in the console)")]);

    /// <summary>What an admin can do about each refusal reason of the SCIM gate.</summary>
    private static string Hint(string? reason) => reason switch
    {
        ScimRefusalReasons.TokenExpired => "The identity provider uses an expired token: create a new token for the directory and enter it in the identity provider.",
        ScimRefusalReasons.TokenRevoked => "The identity provider uses a revoked token: create a new token for the directory and enter it in the identity provider.",
        ScimRefusalReasons.TokenUnknown or ScimRefusalReasons.TokenMissing =>
            "The identity provider sends no token, or one CatoScim does not know: check the token and the SCIM base URL in its provisioning settings.",
        ScimRefusalReasons.ScimDisabled => "SCIM provisioning is switched off for this account: switch it on again, or stop provisioning in the identity provider.",
        ScimRefusalReasons.RateLimited => "The identity provider sends more requests than CatoScim accepts. They are refused until it slows down; most identity providers retry on their own.",
        _ => "Look at the failed requests (the first link) and at the identity provider's provisioning log.",
    };

    private static string Tag(string account) => account.Length > 0 ? $"[{account}] " : "";

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Users(int count) => count == 1 ? "1 user" : $"{count} users";

    /// <summary>Rounded: a scan a few seconds after the hour should not call 3 days "2 days"; the body has the exact time.</summary>
    private static string In(TimeSpan left)
    {
        var days = (int)Math.Round(left.TotalDays, MidpointRounding.AwayFromZero);
        return left.TotalHours < 24 ? "within a day" : days == 1 ? "in 1 day" : $"in {days} days";
    }

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours} h {span.Minutes} min"
        : $"{Math.Max(0, (int)span.TotalMinutes)} min";
}
