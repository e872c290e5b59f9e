using System.Text;

namespace DefectionWatch.Ingest;

/// <summary>
/// Bytes to text: honours a UTF-8/UTF-16 byte-order mark, else strict UTF-8, else Latin-1 (every byte
/// is a character, so nothing is lost; the caller reports the repair).
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes; <paramref name="repaired"/> is set when the bytes were not valid UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool repaired)
    {
        repaired = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            repaired = true;
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>True when the bytes look like a binary file: a NUL byte in the first 8 KB (no UTF-16 BOM).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return false;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        return head.Contains((byte)0);
    }

    /// <summary>Drops control characters other than tab/newline that a text layer has no use for.</summary>
    public static string CleanControls(string text)
    {
        var needs = false;
        foreach (var c in text)
            if (c < ' ' && c is not ('\n' or '\r' or '\t') || c == '\u007f') { needs = true; break; }
        if (!needs) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!(c < ' ' && c is not ('\n' or '\r' or '\t') || c == '\u007f')) sb.Append(c);
        return sb.ToString();
    }
}
