using CatoScim.Events.Accounts;
using CatoScim.ModuleKit.Http;

namespace CatoScim.Events.Mail;

/// <summary>
/// Where an account's emails say the console is: `PublicOrigin` when configured (the address clients use behind a
/// proxy), else the origin of the admin request that last configured the account's mail settings, which Events keeps on
/// its account copy; with neither, the emails name the path on the service instead of a link.
/// </summary>
internal sealed class ConsoleOrigins(PublicOrigin publicOrigin)
{
    public const int MaxLength = 300;

    public ConsoleLinks For(AccountCopy? account) => new(publicOrigin.Configured ?? account?.ConsoleOrigin);

    /// <summary>
    /// An absolute http(s) origin, with the path prefix a proxy may add, without a trailing slash; null for anything
    /// else, so a malformed value never becomes a link.
    /// </summary>
    public static string? Normalize(string? origin)
    {
        var value = origin?.Trim().TrimEnd('/');
        return value is { Length: > 0 and <= MaxLength } && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? value
            : null;
    }
}
