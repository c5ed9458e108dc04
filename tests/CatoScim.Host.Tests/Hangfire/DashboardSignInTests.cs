using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CatoScim.Host.Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Host.Tests.Hangfire;

/// <summary>A hash with many iterations makes one PBKDF2 run slow enough to tell a remembered sign-in from a verified one.</summary>
public sealed class DashboardSignInTests
{
    private const string Password = "s3cret-ops";

    [Fact]
    public void A_verified_header_is_remembered_and_a_wrong_one_is_not()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var signIn = new DashboardSignIn(Configuration(SlowHash(Password)), time);
        var good = Header("ops", Password);

        var first = Stopwatch.StartNew();
        Assert.True(signIn.IsValid(good));
        first.Stop();

        var remembered = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(signIn.IsValid(good));
        }

        remembered.Stop();
        Assert.True(remembered.Elapsed < first.Elapsed, $"10 remembered checks took {remembered.Elapsed}, one PBKDF2 check {first.Elapsed}");
        Assert.False(signIn.IsValid(Header("ops", "guess")));
        Assert.False(signIn.IsValid(Header("root", Password)));
    }

    [Fact]
    public void A_changed_password_hash_never_matches_a_remembered_header()
    {
        var settings = new Dictionary<string, string?> { ["Hangfire:Dashboard:Username"] = "ops", ["Hangfire:Dashboard:PasswordHash"] = DashboardCredentials.Hash(Password) };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var signIn = new DashboardSignIn(configuration, new FakeTimeProvider(DateTimeOffset.UtcNow));
        Assert.True(signIn.IsValid(Header("ops", Password)));

        configuration["Hangfire:Dashboard:PasswordHash"] = DashboardCredentials.Hash("rotated");
        Assert.False(signIn.IsValid(Header("ops", Password)));
        Assert.True(signIn.IsValid(Header("ops", "rotated")));
    }

    private static IConfiguration Configuration(string hash) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Hangfire:Dashboard:Username"] = "ops",
        ["Hangfire:Dashboard:PasswordHash"] = hash,
    }).Build();

    private static string SlowHash(string password)
    {
        const int iterations = 2_000_000;
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    private static string Header(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
}
