using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Dataset;

/// <summary>
/// Replaces person names by stable pseudonyms ("Person-K3QX7M"): the same person gets the same pseudonym in
/// every row and every run on one database (keyed HMAC of the normalised name with a per-database secret,
/// so a pseudonym cannot be reversed by hashing candidate names). A full name and its surname alone are both
/// replaced; a surname shared by two stored people becomes "[person]".
/// </summary>
public sealed class Pseudonymizer
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly FrozenDictionary<string, string> _replacements;
    private readonly Regex? _pattern;

    /// <summary>Leaves text as it is (<c>--include-names</c>).</summary>
    public static Pseudonymizer None { get; } = new([], "");

    public Pseudonymizer(IEnumerable<string> names, string secret)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var raw in names.Select(n => n.Trim()).Where(n => n.Length >= 3).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var pseudonym = PseudonymOf(raw, secret);
            map[raw] = pseudonym;
            var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 2) continue;
            var last = tokens[^1];
            if (last.Length < 3 || !char.IsUpper(last[0])) continue;
            surnames[last] = surnames.TryGetValue(last, out var other) && other != pseudonym ? null : pseudonym;
        }
        foreach (var (surname, pseudonym) in surnames)
            map.TryAdd(surname, pseudonym ?? "[person]");
        _replacements = map.ToFrozenDictionary(StringComparer.Ordinal);
        if (map.Count > 0)
        {
            var alternation = string.Join('|', map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
            _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + alternation + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
    }

    public bool IsActive => _pattern is not null;

    /// <summary>The text with every known name replaced; null stays null.</summary>
    public string? Apply(string? text)
    {
        if (text is null || _pattern is null) return text;
        return _pattern.Replace(text, m => _replacements[m.Value]);
    }

    /// <summary>The stable pseudonym of a name under a secret.</summary>
    public static string PseudonymOf(string name, string secret)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(TextNormalizer.NormalizePerson(name)));
        var sb = new StringBuilder("Person-", 13);
        for (var i = 0; i < 6; i++) sb.Append(Alphabet[mac[i] & 31]);
        return sb.ToString();
    }

    /// <summary>A new random secret for a database.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
