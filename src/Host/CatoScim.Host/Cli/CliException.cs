namespace CatoScim.Host.Cli;

internal sealed class CliException(string message) : Exception(message);
