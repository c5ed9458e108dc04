using System.Globalization;
using CatoScim.Directory.Contracts.Scim;

namespace CatoScim.Events.Alerts;

/// <summary>Subjects and plain-text bodies of the alert emails, in the words of an admin rather than of the code.</summary>
internal static class AlertTexts
{
    private const string Footer = "\n\nSent by CatoScim. Choose which alerts you get in the alert settings; the recipients are the account's alert recipients.";

    public static AlertText DirectoryFailing(string account, string directory, DateTime since, string? reason, int requests, int failures) => new(
        $"{Tag(account)}SCIM provisioning from {directory} is failing",
        $"The SCIM directory {directory} has been failing since {Time(since)}: {failures} of {requests} recent requests from the " +
        $"identity provider failed{(reason is null ? "" : $", the last because of {reason}")}.\n\n" +
        "Until this is fixed, users and groups changed in the identity provider do not reach CatoScim.\n\n" +
        $"What to do: {Hint(reason)}\n\n" +
        "You get one more email when the directory is healthy again." + Footer);

    public static AlertText DirectoryRecovered(string account, string directory, DateTime failingSince, DateTime healthyAt) => new(
        $"{Tag(account)}SCIM provisioning from {directory} has recovered",
        $"The SCIM directory {directory} is healthy again since {Time(healthyAt)}. It was failing from {Time(failingSince)} " +
        $"({Duration(healthyAt - failingSince)}).\n\n" +
        "Changes the identity provider retried have arrived. Changes it gave up on during that time have not: look for failed " +
        "provisioning tasks in the identity provider and retry them." + Footer);

    public static AlertText TokenExpiring(string account, string directory, string prefix, DateTime expiresAt, DateTime now) => new(
        $"{Tag(account)}The SCIM token {prefix}\u2026 of {directory} expires {In(expiresAt - now)}",
        $"The SCIM token {prefix}\u2026 of the directory {directory} expires at {Time(expiresAt)}. From then on CatoScim refuses " +
        "the identity provider's requests with this token, and provisioning stops.\n\n" +
        "To replace it: create a new token for the directory, enter it in the identity provider's provisioning settings, " +
        "check that provisioning works, then revoke the old token.\n\n" +
        "This reminder comes at most once a day until the token expires or is revoked." + Footer);

    public static AlertText LicensePoolExhausted(string account, int total, int pending, DateTime at) => new(
        $"{Tag(account)}The ZTNA licence pool is used up: {Users(pending)} waiting for a seat",
        $"All {total} ZTNA seats are assigned, and {Users(pending)} that your licence rules cover {(pending == 1 ? "is" : "are")} " +
        $"waiting for a seat (as of {Time(at)}).\n\n" +
        "They get a seat as soon as one is free: raise the size of the licence pool, or free seats held by users who no longer " +
        "need them.\n\nThis email comes once each time the pool runs out." + Footer);

    /// <summary>What an admin can do about each refusal reason of the SCIM gate.</summary>
    private static string Hint(string? reason) => reason switch
    {
        ScimRefusalReasons.TokenExpired => "The identity provider uses an expired token: create a new token for the directory and enter it in the identity provider.",
        ScimRefusalReasons.TokenRevoked => "The identity provider uses a revoked token: create a new token for the directory and enter it in the identity provider.",
        ScimRefusalReasons.TokenUnknown or ScimRefusalReasons.TokenMissing =>
            "The identity provider sends no token, or one CatoScim does not know: check the token and the SCIM base URL in its provisioning settings.",
        ScimRefusalReasons.ScimDisabled => "SCIM provisioning is switched off for this account: switch it on again, or stop provisioning in the identity provider.",
        ScimRefusalReasons.RateLimited => "The identity provider sends more requests than CatoScim accepts. They are refused until it slows down; most identity providers retry on their own.",
        _ => "Look at the failed requests in the events feed (action FAILURE) and at the identity provider's provisioning log.",
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
