namespace CatoScim.Bench;

/// <summary>Too many requests in a row got no HTTP response; stops the run instead of timing a dead server.</summary>
internal sealed class ServerUnreachableException : Exception
{
    public ServerUnreachableException()
    {
    }

    public ServerUnreachableException(string message)
        : base(message)
    {
    }

    public ServerUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
