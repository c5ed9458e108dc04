namespace CatoScim.FloorProbe;

/// <summary>`--db PATH --sync FULL|NORMAL [--inline]`.</summary>
internal sealed record ProbeOptions(string DatabasePath, string Synchronous, bool Inline)
{
    public static ProbeOptions Parse(string[] args)
    {
        string? path = null;
        var synchronous = "FULL";
        var inline = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db":
                    path = args[++i];
                    break;
                case "--sync":
                    synchronous = args[++i].ToUpperInvariant();
                    if (synchronous is not ("FULL" or "NORMAL" or "OFF"))
                    {
                        throw Usage();
                    }

                    break;
                case "--inline":
                    inline = true;
                    break;
                default:
                    throw Usage();
            }
        }

        return new ProbeOptions(path ?? throw Usage(), synchronous, inline);
    }

    private static ArgumentException Usage() => new("usage: CatoScim.FloorProbe --db PATH [--sync FULL|NORMAL|OFF] [--inline]");
}
