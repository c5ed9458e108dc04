using System.Buffers.Binary;
using System.Buffers.Text;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Feed;

/// <summary>
/// Opaque cursor: the (time, id) of the last item returned. Keyset paging on it stays stable while new events
/// arrive, unlike an offset.
/// </summary>
internal readonly record struct FeedMarker(DateTime Time, Guid Id)
{
    private const int Length = 24;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, Time.Ticks);
        Id.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static FeedMarker Decode(string marker)
    {
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (!Base64Url.TryDecodeFromChars(marker, bytes, out var written) || written != Length)
        {
            throw GraphQLErrors.Validation("marker is not a marker this API returned.");
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw GraphQLErrors.Validation("marker is not a marker this API returned.");
        }

        return new FeedMarker(new DateTime(ticks, DateTimeKind.Utc), new Guid(bytes[8..Length], bigEndian: true));
    }
}
