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

    /// <param name="field">Where the client wrote the marker, e.g. `input.marker`, named by the refusal.</param>
    public static FeedMarker Decode(string marker, string field)
    {
        byte[] bytes;
        try
        {
            bytes = marker.Length is > 0 and <= 64 ? Base64Url.DecodeFromChars(marker) : [];
        }
        catch (FormatException)
        {
            bytes = [];
        }

        var ticks = bytes.Length == Length ? BinaryPrimitives.ReadInt64BigEndian(bytes) : -1;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw GraphQLErrors.Validation(field, "marker is not a marker this API returned.");
        }

        return new FeedMarker(new DateTime(ticks, DateTimeKind.Utc), new Guid(bytes.AsSpan(8, 16), bigEndian: true));
    }
}
