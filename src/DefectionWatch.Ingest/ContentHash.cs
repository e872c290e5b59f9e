using System.Security.Cryptography;
using System.Text;

namespace DefectionWatch.Ingest;

/// <summary>
/// SHA-256 of a text after normalisation (whitespace runs collapsed to one space, trimmed), so that the
/// same article re-wrapped or with different line endings hashes the same. (No Unicode normalisation: the
/// project runs with InvariantGlobalization, where string.Normalize is a no-op.)
/// </summary>
public static class ContentHash
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Compute(string text)
    {
        var normalized = Normalize(text);
        var bytes = Encoding.UTF8.GetBytes(normalized);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
