using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Users;

/// <summary>
/// Precompiled queries for the hottest SCIM paths: Okta precedes every assignment with a `userName eq` lookup
/// and follows with a POST, so these skip EF's per-call expression processing.
/// </summary>
internal static class ScimUserQueries
{
    public static readonly Func<DirectoryDbContext, Guid, string, CancellationToken, Task<User?>> ByUserName =
        EF.CompileAsyncQuery((DirectoryDbContext db, Guid accountId, string normalized, CancellationToken _) =>
            db.Users.SingleOrDefault(u => u.AccountId == accountId && u.UserNameNormalized == normalized));

    public static readonly Func<DirectoryDbContext, Guid, Guid, Guid, CancellationToken, Task<User?>> InDirectory =
        EF.CompileAsyncQuery((DirectoryDbContext db, Guid id, Guid accountId, Guid directoryId, CancellationToken _) =>
            db.Users.SingleOrDefault(u => u.Id == id && u.AccountId == accountId && u.DirectoryId == directoryId));

    public static readonly Func<DirectoryDbContext, Guid, Guid, Guid, CancellationToken, Task<User?>> InDirectoryReadOnly =
        EF.CompileAsyncQuery((DirectoryDbContext db, Guid id, Guid accountId, Guid directoryId, CancellationToken _) =>
            db.Users.AsNoTracking().SingleOrDefault(u => u.Id == id && u.AccountId == accountId && u.DirectoryId == directoryId));

    public static readonly Func<DirectoryDbContext, Guid, Guid, string, CancellationToken, Task<User?>> ByUserNameInDirectory =
        EF.CompileAsyncQuery((DirectoryDbContext db, Guid accountId, Guid directoryId, string normalized, CancellationToken _) =>
            db.Users.AsNoTracking().SingleOrDefault(u => u.AccountId == accountId && u.UserNameNormalized == normalized && u.DirectoryId == directoryId));

    /// <summary>`userName eq "x"` alone (Okta's and Entra's lookup), answered by the unique index without the general translator.</summary>
    public static bool IsUserNameLookup(string filter, ScimLimits limits, out string normalized)
    {
        normalized = "";
        try
        {
            if (ScimFilterParser.Parse(filter, limits) is ScimComparisonFilter { Operator: ScimComparisonOperator.Equal, Value: string value, Path: { Schema: null, SubAttribute: null } path }
                && path.Name.Equals("userName", StringComparison.OrdinalIgnoreCase))
            {
                normalized = User.Normalize(value)!;
                return true;
            }
        }
        catch (ScimFilterException)
        {
            // The general path reports the error with its position.
        }

        return false;
    }
}
