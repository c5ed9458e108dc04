namespace CatoScim.Bench;

/// <summary>Bad command line; reported with the usage text and exit code 2.</summary>
internal sealed class BenchUsageException : Exception
{
    public BenchUsageException()
    {
    }

    public BenchUsageException(string message)
        : base(message)
    {
    }

    public BenchUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
