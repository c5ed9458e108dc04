using Microsoft.AspNetCore.Http;

namespace CatoScim.Host.Tests.Scim;

/// <summary>A request body as Kestrel hands it over when the client sends it slower than MinRequestBodyDataRate.</summary>
internal sealed class SlowBodyStream : MemoryStream
{
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout);
}
