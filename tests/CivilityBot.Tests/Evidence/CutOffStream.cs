namespace CivilityBot.Tests.Evidence;

/// <summary>Gives the first <c>cutAt</c> bytes of <c>bytes</c>, then fails as a dropped connection does.</summary>
internal sealed class CutOffStream(byte[] bytes, int cutAt) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= cutAt)
        {
            throw new IOException("The connection was reset.");
        }

        var read = Math.Min(count, Math.Min(cutAt, bytes.Length) - _position);
        Array.Copy(bytes, _position, buffer, offset, read);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
