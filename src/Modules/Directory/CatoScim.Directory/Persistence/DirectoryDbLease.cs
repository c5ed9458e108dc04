using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Persistence;

/// <summary>
/// The request's <see cref="DirectoryDbContext"/>, leased from the context pool only when first used: the SCIM hot
/// paths (userName lookup, GET by id, create) run on prepared statements and never touch it, and leasing and
/// resetting a pooled context was ~5% of a lookup's CPU.
/// </summary>
internal sealed class DirectoryDbLease(IServiceProvider services)
{
    private DirectoryDbContext? _context;

    public DirectoryDbContext Context => _context ??= services.GetRequiredService<DirectoryDbContext>();
}
