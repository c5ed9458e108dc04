namespace CatoScim.Host.GraphQL;

/// <summary>A write-only memory buffer that refuses to grow past its cap, so an oversized response is never materialised whole.</summary>
internal sealed class CappedBufferStream(long cap) : Stream
{
    private readonly MemoryStream _buffer = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _buffer.Length;

    public override long Position
    {
        get => _buffer.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Guard(count);
        _buffer.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Guard(buffer.Length);
        _buffer.Write(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Guard(buffer.Length);
        return _buffer.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Guard(count);
        return _buffer.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public Task CopyToAsync(HttpResponse response, CancellationToken ct)
    {
        response.ContentLength = _buffer.Length;
        return response.Body.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct).AsTask();
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Guard(int count)
    {
        if (_buffer.Length + count > cap)
        {
            throw new ResponseTooLargeException(cap);
        }
    }
}
