namespace CatoScim.Host.GraphQL;

internal sealed class ResponseTooLargeException(long cap) : Exception($"The response would exceed {cap} bytes.")
{
    public long Cap { get; } = cap;
}
