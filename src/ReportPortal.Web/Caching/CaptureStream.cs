namespace ReportPortal.Web.Caching;

/// <summary>Holds what an endpoint writes, so that it can be cached and compressed before anything is sent. Past
/// <c>limit</c> bytes it gives up: what it holds is written to the real body and the rest passes straight through
/// (such an answer is served, not cached).</summary>
internal sealed class CaptureStream(Stream inner, int limit) : Stream
{
    private MemoryStream? _buffer = new();

    /// <summary>Whether the answer outgrew the limit and went straight to the client.</summary>
    public bool PassedThrough => _buffer is null;

    public byte[] ToArray() => _buffer?.ToArray() ?? [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_buffer is not null && _buffer.Length + buffer.Length <= limit)
        {
            _buffer.Write(buffer);
            return;
        }

        GiveUp();
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_buffer is not null && _buffer.Length + buffer.Length <= limit)
        {
            _buffer.Write(buffer.Span);
            return;
        }

        if (_buffer is { } held)
        {
            _buffer = null;
            await inner.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), cancellationToken);
        }

        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush()
    {
        if (PassedThrough)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        PassedThrough ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void GiveUp()
    {
        if (_buffer is { } held)
        {
            _buffer = null;
            inner.Write(held.GetBuffer(), 0, (int)held.Length);
        }
    }
}
