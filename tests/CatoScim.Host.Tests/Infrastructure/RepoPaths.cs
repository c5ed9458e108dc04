namespace CatoScim.Host.Tests.Infrastructure;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CatoScim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CatoScim.sln not found above the test binaries.");
    }
}
