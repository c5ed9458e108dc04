namespace CatoScim.Host.Cli;

/// <summary>Where a verb writes: data on Out, progress and errors on Error, so `--json` output stays parseable.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In)
{
    public static CliConsole System => new(Console.Out, Console.Error, Console.In);
}
