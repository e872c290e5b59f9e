using System.Buffers;

namespace DefectionWatch.Ingest;

/// <summary>One raw line of a file: its 1-based number, bytes (without the newline) or, when longer than the limit, none.</summary>
internal readonly record struct RawLine(int Number, byte[]? Bytes, long Length)
{
    public bool TooLong => Bytes is null;
}

/// <summary>
/// Streams the lines of a file as bytes without ever holding more than one line (up to a limit) in
/// memory, so a 50 MB corpus or a single giant line costs little. Decoding is the caller's business, so
/// that invalid UTF-8 on one line affects that line only.
/// </summary>
internal static class LineReader
{
    public static IEnumerable<RawLine> Read(Stream stream, long maxLineBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(4096);
        long lineLength = 0;
        var number = 1;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunk = buffer.AsMemory(0, read);
                while (!chunk.IsEmpty)
                {
                    var nl = chunk.Span.IndexOf((byte)'\n');
                    var part = nl < 0 ? chunk : chunk[..nl];
                    if (lineLength + part.Length <= maxLineBytes) line.Write(part.Span);
                    lineLength += part.Length;
                    if (nl < 0) break;
                    yield return Emit(number++, line, lineLength, maxLineBytes);
                    line.ResetWrittenCount();
                    lineLength = 0;
                    chunk = chunk[(nl + 1)..];
                }
            }
            if (lineLength > 0) yield return Emit(number, line, lineLength, maxLineBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static RawLine Emit(int number, ArrayBufferWriter<byte> line, long length, long max)
    {
        if (length > max) return new RawLine(number, null, length);
        var span = line.WrittenSpan;
        if (span.Length > 0 && span[^1] == (byte)'\r') span = span[..^1];
        return new RawLine(number, span.ToArray(), length);
    }
}
