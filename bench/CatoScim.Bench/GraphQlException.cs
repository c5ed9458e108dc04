namespace CatoScim.Bench;

/// <summary>The admin API refused or failed a setup mutation; ends the run with exit code 3.</summary>
internal sealed class GraphQlException : Exception
{
    public GraphQlException()
    {
    }

    public GraphQlException(string message)
        : base(message)
    {
    }

    public GraphQlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
