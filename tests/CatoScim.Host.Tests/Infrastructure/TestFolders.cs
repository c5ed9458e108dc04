namespace CatoScim.Host.Tests.Infrastructure;

public static class TestFolders
{
    public static string New()
    {
        var path = Path.Combine(Path.GetTempPath(), "catoscim-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
