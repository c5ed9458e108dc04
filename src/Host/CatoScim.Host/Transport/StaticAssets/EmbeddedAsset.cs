using System.IO.Compression;
using System.Reflection;

namespace CatoScim.Host.Transport.StaticAssets;

/// <summary>
/// One embedded browser file. The plain bytes are read from the assembly image on every request (nothing is kept);
/// the gzip form, a third of the size, is made on first use and kept, so a bundle is compressed once per process.
/// </summary>
internal sealed class EmbeddedAsset(Assembly assembly, string resource, string contentType, string etag)
{
    private readonly Lazy<byte[]> _gzip = new(() => Compress(assembly, resource));

    public string ContentType { get; } = contentType;

    public string ETag { get; } = etag;

    public byte[] Gzip => _gzip.Value;

    public Stream Open() => assembly.GetManifestResourceStream(resource)!;

    private static byte[] Compress(Assembly assembly, string resource)
    {
        using var source = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            source.CopyTo(gzip);
        }

        return buffer.ToArray();
    }
}
