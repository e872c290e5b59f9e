using System.Collections.Frozen;
using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Places;

/// <summary>
/// Finds place names and resolves each to one gazetteer entry.
/// <para>Recognition: in each sentence, runs of capitalised words (up to the gazetteer's longest name, with
/// lower-case particles inside: "Deir ez-Zor", "Jisr al-Shughour", "Democratic Republic of the Congo") are
/// looked up longest first. A name followed by a region word ("Anbar province", "the Kayin state") or after
/// "province of" is read as a first-level region. Actor names (actors.tsv), organisation names ("Mosul
/// University"), demonyms, person names (a title before, or another capitalised word beside a single word)
/// and stop words ("March", "Police") are not places. A single gazetteer word that is not a curated alias
/// or a country needs a locative cue ("in", "near", "town of") or prominence (a capital, a large city, or a
/// city of a country the document is about).</para>
/// <para>Fuzzy tier (rule "fuzzy"): a capitalised name with no exact entry, after a locative cue or before a
/// region word, is looked up by skeleton (<see cref="PlaceSkeleton"/>: "Bulo Burde" → Buulobarde) unless it
/// looks like a person, an organisation or an actor. The match must lie in a country the document is about,
/// or, in a text that names none, be a town of 10,000 people or more (a region: only before a region word).
/// After a bare "from"/"to" it needs the document's country.</para>
/// <para>Unresolved tier (rule "unresolved"): a capitalised name of one to three words (particles such as
/// "al" inside) that no tier resolved, with a strong locative cue ("near Chai", "the village of Tidermene",
/// "in the outskirts of X") or a sub-national unit after it ("Raghwan district", "Rutshuru territory":
/// precision region), or after a bare "in"/"at" in a text with a clear country, is kept as written, without
/// coordinates, in the document's dominant country (countries of the resolved places and country hints,
/// those of its own sentence first); with no country it is dropped. Stop words, titles, first names,
/// actor words, demonyms, organisation words and all-capital words rule a name out. A gazetteer name
/// rejected as a foreign place ("near X" where X is only a village abroad) falls back to this tier when it
/// has a strong cue (a fuzzy guess: any of the cues). Unresolved places are never evidence of the document's country.</para>
/// <para>Disambiguation: candidates in the document's dominant countries (countries named in the text and
/// countries of unambiguous places) win, then nearness to unambiguous places of the sentence and document,
/// then population. Curated aliases beat plain gazetteer names; earlier alias lines beat later ones.</para>
/// </summary>
public sealed class PlaceRecogniser : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("places.v1", [Layers.Sentences], Layers.Places);

    private const int MaxWordsPerSentence = 4096;

    private readonly Gazetteer _gazetteer;
    private readonly PlaceLexicon _lexicon;

    public PlaceRecogniser(ResourceStore resources)
        : this(Gazetteer.Load(resources), resources) { }

    public PlaceRecogniser(Gazetteer gazetteer, ResourceStore resources)
    {
        _gazetteer = gazetteer;
        _lexicon = new PlaceLexicon(resources, gazetteer);
    }

    public StageInfo Info => Descriptor;

    public Gazetteer Gazetteer => _gazetteer;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var candidates = new List<Candidate>();
        var hints = new List<(int Sentence, string Country)>();
        var words = new List<Word>(64);
        var sentenceIndex = 0;
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            words.Clear();
            ScanWords(text, sentence.Span, words);
            FindCandidates(text, words, sentenceIndex++, candidates, hints);
        }
        return document.With(Layers.Places, Resolve(candidates, hints));
    }

    // ------------------------------------------------------------------ words

    /// <summary>A word of a sentence. <c>End</c> excludes a possessive "'s"; <c>Joined</c> says that only
    /// spaces separate it from the previous word, so that both can be parts of one name.</summary>
    private readonly record struct Word(int Start, int End, bool Cap, bool ParticleCap, bool Joined, bool Possessive);

    private static void ScanWords(string text, CharSpan span, List<Word> into)
    {
        var i = span.Start;
        var joined = false;
        while (i < span.End && into.Count < MaxWordsPerSentence)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00a0') { i++; continue; }
            if (!char.IsLetter(c))
            {
                joined = false;
                i++;
                // a word right after punctuation or a line break cannot continue a name
                while (i < span.End && !char.IsLetter(text[i])) i++;
                continue;
            }
            var s = i;
            i++;
            while (i < span.End && (char.IsLetterOrDigit(text[i]) ||
                   (text[i] is '-' or '\'' or '\u2019' or '\u2010' or '\u2011' or '.' && i + 1 < span.End && char.IsLetter(text[i + 1])))) i++;
            var end = i;
            var possessive = false;
            if (end - s > 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '\u2019')
            {
                end -= 2;
                possessive = true;
            }
            var cap = char.IsUpper(text[s]);
            var particleCap = false;
            if (!cap)
            {
                // "al-Raqqah", "ad-Dawr": a lower-case particle joined by a hyphen to a capitalised word
                var h = text.AsSpan(s, end - s).IndexOfAny('-', '\u2010', '\u2011');
                particleCap = h is > 0 and <= 3 && s + h + 1 < end && char.IsUpper(text[s + h + 1]);
            }
            into.Add(new Word(s, end, cap, particleCap, joined, possessive));
            joined = !possessive;
        }
    }

    private static bool IsAllUpper(string text, Word w)
    {
        for (var k = w.Start; k < w.End; k++)
        {
            if (char.IsLetter(text[k]) && !char.IsUpper(text[k])) return false;
        }
        return true;
    }

    private static bool InSet(FrozenSet<string> set, string text, Word w)
    {
        Span<char> buffer = stackalloc char[64];
        var key = Gazetteer.KeyOf(text.AsSpan(w.Start, w.End - w.Start), buffer, out _);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    // ------------------------------------------------------------------ candidates

    private enum Evidence { Plain, RegionPhrase }

    /// <summary>A recognised name with its possible entries, before disambiguation.</summary>
    private sealed record Candidate(
        CharSpan Span,
        string Key,
        ImmutableArray<GazetteerEntry> Entries,
        Evidence Kind,
        int Words,
        bool Cue,
        bool Initial,
        bool Adjacent,
        int Sentence,
        bool AllCaps = false,
        bool Fuzzy = false,
        ImmutableArray<int> Distances = default,
        bool WeakCue = false,
        Unknown? Fallback = null);

    /// <summary>An unresolved reading of a name (<see cref="Fallback"/>): its span (with a unit word), display
    /// name and precision; <c>Weak</c> when only "in"/"at" marks it.</summary>
    private sealed record Unknown(CharSpan Span, string Name, PlacePrecision Precision, bool Weak, int Next);

    private void FindCandidates(string text, List<Word> words, int sentence, List<Candidate> into, List<(int, string)> hints)
    {
        if (words.Count == 0) return;
        var capitalised = 0;
        foreach (var w in words) if (w.Cap) capitalised++;
        // headlines in title case: every word is capitalised, so neighbours say nothing about names
        var titleCase = words.Count >= 4 && capitalised * 10 >= words.Count * 7;
        Span<char> buffer = stackalloc char[256];

        var i = 0;
        var consumed = 0; // words before this index belong to an earlier name
        while (i < words.Count)
        {
            var w = words[i];
            if (!w.Cap && !w.ParticleCap) { i++; continue; }
            // "The" opens no name ("The Taliban", "The UN"): the key drops a leading "the" anyway
            if (w.End - w.Start == 3 && Is(text, w, "the")) { i++; continue; }

            var actor = MatchActor(text, words, i, buffer);
            if (actor > 0)
            {
                // "Lebanese army", "Government of Somalia": not places, but they say which country the text is about
                for (var k = i; k < i + actor; k++) AddCountryHint(text, words[k], sentence, hints, buffer);
                i += actor;
                consumed = i;
                continue;
            }

            var matched = false;
            int? cueAt = null; // the cue word before word i, for the fuzzy tier (-1: none)
            var maxN = Math.Min(_gazetteer.MaxTokens, words.Count - i);
            for (var n = maxN; n >= 1 && !matched; n--)
            {
                var j = i + n - 1;
                if (!IsNameSequence(text, words, i, j)) continue;
                var span = new CharSpan(w.Start, words[j].End);
                var key = Gazetteer.KeyOf(span.SliceSpan(text), buffer, out _);
                if (key.Length == 0) continue;

                var regionAfter = j + 1 < words.Count && words[j + 1].Joined && !words[j].Possessive
                    && InSet(_lexicon.RegionWords, text, words[j + 1]);
                var regionBefore = i >= 2 && i - 2 >= consumed && words[i].Joined && words[i - 1].Joined
                    && Is(text, words[i - 1], "of") && InSet(_lexicon.RegionWords, text, words[i - 2]);
                var entries = _gazetteer.LookupKey(key);
                if (entries.IsEmpty)
                {
                    // "Masisi Territory": a name and its unit word are guessed as the name alone (then the unresolved tier)
                    if (n > 1 && UnitLength(text, words, j) == 1) continue;
                    // no exact entry: with a cue, try a transliteration ("Bulo Burde" for Buulobarde)
                    if ((regionAfter || regionBefore || (cueAt ??= i > 0 ? CueAt(text, words, i) : -1) >= 0) &&
                        TryFuzzy(text, words, i, j, key, regionAfter, regionBefore, cueAt ?? -1, titleCase, sentence, into, buffer))
                    {
                        i = regionAfter ? j + 2 : j + 1;
                        matched = true;
                    }
                    continue;
                }

                var keyString = key.ToString();
                if (regionAfter || regionBefore)
                {
                    var regions = entries.Where(e => e.Precision == PlacePrecision.Region).ToImmutableArray();
                    if (!regions.IsEmpty)
                    {
                        var rspan = regionAfter ? new CharSpan(span.Start, words[j + 1].End) : new CharSpan(words[i - 2].Start, span.End);
                        into.Add(new Candidate(rspan, keyString, regions, Evidence.RegionPhrase, n, true, false, false, sentence));
                        i = regionAfter ? j + 2 : j + 1;
                        matched = true;
                        continue;
                    }
                }

                // "Mosul University", "Kirkuk Operations Command": part of an organisation's name
                if (j + 1 < words.Count && words[j + 1].Joined && words[j + 1].Cap && InSet(_lexicon.OrgWords, text, words[j + 1]))
                {
                    i = j + 2;
                    matched = true;
                    continue;
                }

                if (n == 1 && _gazetteer.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var demonymOf))
                {
                    if (demonymOf.Length > 0) hints.Add((sentence, demonymOf));
                    i = j + 1;
                    matched = true;
                    continue;
                }

                var initial = i == 0;
                var cue = !initial && HasCue(text, words, i);
                var adjacent = !titleCase && IsAdjacentToName(text, words, i, j);
                if (!initial && HasTitle(text, words, i)) adjacent = true;
                into.Add(new Candidate(span, keyString, entries, Evidence.Plain, n, cue, initial, adjacent, sentence, n == 1 && IsAllUpper(text, w),
                    Fallback: titleCase || adjacent ? null : UnknownName(text, words, i, j, strongOnly: true)));
                i = j + 1;
                matched = true;
            }
            if (matched) consumed = i;
            else if (!titleCase && UnknownRun(text, words, i) is { } unknown)
            {
                // the last tier: a name that no gazetteer entry has, kept as written
                into.Add(new Candidate(unknown.Span, "", [], Evidence.Plain, 0, true, false, false, sentence, Fallback: unknown));
                i = unknown.Next;
                consumed = i;
            }
            else
            {
                // "the Lebanese people": a demonym is no place, but it tells which country the text is about
                AddCountryHint(text, w, sentence, hints, buffer);
                i++;
            }
        }
    }

    /// <summary>
    /// The fuzzy tier: a capitalised name with no exact gazetteer entry, a locative cue or a region word, and
    /// nothing that makes it a person or an organisation, is looked up by skeleton (<see cref="PlaceSkeleton"/>).
    /// Adds a candidate and returns true when any city or region (a region only, before a region word) matches.
    /// </summary>
    private bool TryFuzzy(string text, List<Word> words, int i, int j, ReadOnlySpan<char> key, bool regionAfter, bool regionBefore,
        int cueAt, bool titleCase, int sentence, List<Candidate> into, Span<char> buffer)
    {
        if (HasTitle(text, words, i)) return false;
        // "the Qadisiya district": a district is rarely the province of the same name
        if (regionAfter && InSet(_lexicon.FuzzyMinorRegionWords, text, words[j + 1])) return false;
        if (regionBefore && InSet(_lexicon.FuzzyMinorRegionWords, text, words[i - 2])) return false;
        // "Kondoz University": an organisation
        if (j + 1 < words.Count && words[j + 1].Joined && words[j + 1].Cap && InSet(_lexicon.OrgWords, text, words[j + 1])) return false;
        if (!titleCase && IsAdjacentToName(text, words, i, j)) return false;
        var keyString = key.ToString();
        if (_lexicon.Stop.Contains(keyString) || _lexicon.Demonyms.Contains(keyString) || _gazetteer.Demonyms.ContainsKey(keyString)) return false;
        for (var k = i; k <= j; k++)
        {
            // "near Colonel Smith", "from Ahmed Warsame", "over to Nusra": a title, a stop word or a word of an actor's name
            if ((words[k].Cap || words[k].ParticleCap) && !InSet(_lexicon.Particles, text, words[k]) &&
                (InSet(_lexicon.Stop, text, words[k]) || InSet(_lexicon.Titles, text, words[k]) || InSet(_lexicon.ActorWords, text, words[k])))
                return false;
        }
        // "in the Commons tea room": a name after "the" is no town unless a place noun follows ("the Bulo Burde area")
        var region = regionAfter || regionBefore;
        if (!region && i > 0 && words[i].Joined && Is(text, words[i - 1], "the") &&
            !(j + 1 < words.Count && words[j + 1].Joined && InSet(_lexicon.CueOf, text, words[j + 1])))
            return false;
        // a shorter exact name that the exact tier would keep (a country, or one followed by a lower-case particle) wins
        for (var k = i; k < j; k++)
        {
            var prefix = _gazetteer.LookupKey(Gazetteer.KeyOf(text.AsSpan(words[i].Start, words[k].End - words[i].Start), buffer, out _));
            if (prefix.IsEmpty) continue;
            if (prefix.Any(e => e.Precision == PlacePrecision.Country) || !(words[k + 1].Cap || words[k + 1].ParticleCap)) return false;
        }

        // "a message from Godane": after "from" or "to" a person is as likely as a place, unless a movement
        // cue comes before ("fled from", "reached to")
        var weak = !region && cueAt >= 0 && InSet(_lexicon.FuzzyWeakCues, text, words[cueAt]) &&
                   !(cueAt > 0 && words[cueAt].Joined && InSet(_lexicon.Cues, text, words[cueAt - 1]));
        var matches = _gazetteer.FuzzyLookup(keyString);
        if (region) matches = matches.Where(m => m.Entry.Precision == PlacePrecision.Region).ToImmutableArray();
        if (matches.IsEmpty) return false;
        var span = new CharSpan(words[i].Start, words[j].End);
        if (regionAfter) span = new CharSpan(span.Start, words[j + 1].End);
        else if (regionBefore) span = new CharSpan(words[i - 2].Start, span.End);
        into.Add(new Candidate(span, keyString, matches.Select(m => m.Entry).ToImmutableArray(),
            region ? Evidence.RegionPhrase : Evidence.Plain, j - i + 1, true, false, false, sentence,
            Fuzzy: true, Distances: matches.Select(m => m.Distance).ToImmutableArray(), WeakCue: weak,
            Fallback: regionBefore || titleCase ? null : FuzzyFallback(UnknownName(text, words, i, j, strongOnly: false), region)));
        return true;
    }

    /// <summary>A fuzzy guess before a region word falls back only to a unit ("Masisi territory"), not to a town.</summary>
    private static Unknown? FuzzyFallback(Unknown? u, bool region) =>
        region && u?.Precision != PlacePrecision.Region ? null : u;

    /// <summary>Most words of an unresolved name ("Jisr al Shughour").</summary>
    private const int MaxUnknownWords = 3;

    /// <summary>The unresolved tier on the capitalised run that starts at word i (see the class summary).</summary>
    private Unknown? UnknownRun(string text, List<Word> words, int i)
    {
        var j = i;
        while (j + 1 < words.Count && words[j + 1].Joined && !words[j].Possessive)
        {
            var nx = words[j + 1];
            if (nx.Cap || nx.ParticleCap)
            {
                if (UnitLength(text, words, j + 1) > 0) break;
                j++;
            }
            else if (j + 2 < words.Count && words[j + 2].Joined && (words[j + 2].Cap || words[j + 2].ParticleCap) &&
                     InSet(_lexicon.UnresolvedParticles, text, nx))
                j += 2;
            else break;
            if (j - i + 1 > MaxUnknownWords) return null;
        }
        return UnknownName(text, words, i, j, strongOnly: false);
    }

    /// <summary>Words i..j as an unresolved place, or null when no cue marks it or it looks like anything else.</summary>
    private Unknown? UnknownName(string text, List<Word> words, int i, int j, bool strongOnly)
    {
        Span<char> buffer = stackalloc char[128];
        if (j - i + 1 > MaxUnknownWords) return null;
        // the evidence: a unit word after, a strong cue before, or (weak) a bare "in"/"at"
        var unit = words[j].Possessive ? 0 : UnitLength(text, words, j + 1);
        var weak = false;
        if (unit == 0)
        {
            if (i == 0 || !words[i].Joined) return null;
            var p = words[i - 1];
            var strong = InSet(_lexicon.UnresolvedCues, text, p) ||
                (Is(text, p, "of") && i >= 2 && words[i - 1].Joined &&
                 (InSet(_lexicon.UnresolvedCueOf, text, words[i - 2]) ||
                  (InSet(_lexicon.UnresolvedCueOfThe, text, words[i - 2]) && i >= 3 && words[i - 2].Joined && Is(text, words[i - 3], "the"))));
            if (!strong)
            {
                if (strongOnly || !InSet(_lexicon.UnresolvedInAt, text, p)) return null;
                // "fired at Hamid", "studied at Harvard", "shares in Karita": a target, an institution, a company
                if (i >= 2 && words[i - 1].Joined && InSet(_lexicon.UnresolvedNotAfter, text, words[i - 2])) return null;
                weak = true;
            }
        }
        // the name must be whole: no capitalised word (other than a cue) glued before it, no name continuing after it
        if (i > 0 && words[i].Joined && (words[i - 1].Cap || words[i - 1].ParticleCap) &&
            !InSet(_lexicon.Cues, text, words[i - 1]) && !InSet(_lexicon.UnresolvedCues, text, words[i - 1]))
            return null;
        if (unit == 0 && j + 1 < words.Count && words[j + 1].Joined && !words[j].Possessive)
        {
            var nx = words[j + 1];
            if (nx.Cap || nx.ParticleCap) return null;
            // "Osama bin Laden": a particle that joins a longer (person's) name
            if (j + 2 < words.Count && words[j + 2].Joined && (words[j + 2].Cap || words[j + 2].ParticleCap) && InSet(_lexicon.Particles, text, nx))
                return null;
        }
        if (words[j].Possessive && unit == 0) return null;
        if (HasTitle(text, words, i)) return null;
        // a name after "the" is a group or an institution ("near the Peshmerga") unless a unit word follows
        if (unit == 0 && i > 0 && words[i].Joined && Is(text, words[i - 1], "the")) return null;
        for (var k = i; k <= j; k++)
        {
            var w = words[k];
            if (!w.Cap && !w.ParticleCap) continue; // a particle inside
            if (w.End - w.Start < 2 || (IsAllUpper(text, w) && !w.ParticleCap)) return null;
            if (InSet(_lexicon.Stop, text, w) || InSet(_lexicon.UnresolvedStop, text, w) || InSet(_lexicon.Titles, text, w) ||
                InSet(_lexicon.FirstNames, text, w) || InSet(_lexicon.ActorWords, text, w) || InSet(_lexicon.ActorFirstWords, text, w) ||
                InSet(_lexicon.OrgWords, text, w) || InSet(_lexicon.Demonyms, text, w) || InSet(_lexicon.Directions, text, w))
                return null;
            var key = Gazetteer.KeyOf(text.AsSpan(w.Start, w.End - w.Start), buffer, out _);
            if (_gazetteer.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key)) return null;
        }
        var nameSpan = new CharSpan(words[i].Start, words[j].End);
        var span = unit > 0 ? new CharSpan(nameSpan.Start, words[j + unit].End) : nameSpan;
        return new Unknown(span, DisplayOf(text, nameSpan), unit > 0 ? PlacePrecision.Region : PlacePrecision.City, weak,
            unit > 0 ? j + 1 + unit : j + 1);
    }

    /// <summary>Words in the sub-national unit phrase ("district", "local government area") at word k, or 0.</summary>
    private int UnitLength(string text, List<Word> words, int k)
    {
        // its own buffer: callers may still hold a key in theirs
        Span<char> buffer = stackalloc char[128];
        if (k >= words.Count || !words[k].Joined) return 0;
        var lookup = _lexicon.UnresolvedUnits.GetAlternateLookup<ReadOnlySpan<char>>();
        var max = Math.Min(_lexicon.UnresolvedUnitMaxTokens, words.Count - k);
        for (var n = max; n >= 1; n--)
        {
            var e = k + n - 1;
            var ok = true;
            for (var m = k + 1; m <= e && ok; m++) ok = words[m].Joined && !words[m - 1].Possessive;
            if (!ok) continue;
            var key = Gazetteer.KeyOf(text.AsSpan(words[k].Start, words[e].End - words[k].Start), buffer, out _);
            if (lookup.Contains(key)) return n;
        }
        return 0;
    }

    /// <summary>A name as written, spaces collapsed, letters folded to ASCII as gazetteer names are shown.</summary>
    private static string DisplayOf(string text, CharSpan span)
    {
        var raw = span.SliceSpan(text);
        var sb = new System.Text.StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (c is ' ' or '\t' or '\u00a0') { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return Gazetteer.DisplayName(sb.ToString());
    }

    private void AddCountryHint(string text, Word w, int sentence, List<(int, string)> hints, Span<char> buffer)
    {
        if (!w.Cap) return;
        var key = Gazetteer.KeyOf(text.AsSpan(w.Start, w.End - w.Start), buffer, out _);
        if (_gazetteer.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var country) && country.Length > 0)
        {
            hints.Add((sentence, country));
            return;
        }
        foreach (var e in _gazetteer.LookupKey(key))
        {
            if (e.Precision == PlacePrecision.Country)
            {
                hints.Add((sentence, e.Country));
                return;
            }
        }
    }

    private static bool Is(string text, Word w, string lower) =>
        text.AsSpan(w.Start, w.End - w.Start).Equals(lower, StringComparison.OrdinalIgnoreCase);

    /// <summary>Words i..j form a possible name: joined by spaces, capitalised at both ends, particles inside.</summary>
    private bool IsNameSequence(string text, List<Word> words, int i, int j)
    {
        for (var k = i + 1; k <= j; k++)
        {
            if (!words[k].Joined || words[k - 1].Possessive) return false;
            var wk = words[k];
            if (wk.Cap || wk.ParticleCap) continue;
            if (k == j || !InSet(_lexicon.Particles, text, wk)) return false;
        }
        return true;
    }

    /// <summary>Length in words of an actor name starting at word i, or 0.</summary>
    private int MatchActor(string text, List<Word> words, int i, Span<char> buffer)
    {
        if (!InSet(_lexicon.ActorFirstWords, text, words[i])) return 0;
        var lookup = _lexicon.ActorNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var maxN = Math.Min(_lexicon.ActorMaxTokens, words.Count - i);
        for (var n = maxN; n >= 1; n--)
        {
            var j = i + n - 1;
            var ok = true;
            for (var k = i + 1; k <= j && ok; k++) ok = words[k].Joined;
            if (!ok) continue;
            var key = Gazetteer.KeyOf(text.AsSpan(words[i].Start, words[j].End - words[i].Start), buffer, out _);
            if (lookup.Contains(key)) return n;
        }
        return 0;
    }

    /// <summary>"in X", "near the X", "the town of X", "outskirts of X".</summary>
    private bool HasCue(string text, List<Word> words, int i) => CueAt(text, words, i) >= 0;

    /// <summary>The index of the cue word of <see cref="HasCue"/> ("in", or "town" of "town of"), or -1.</summary>
    private int CueAt(string text, List<Word> words, int i)
    {
        var p = i - 1;
        if (p >= 0 && Is(text, words[p], "the")) p--;
        if (p < 0) return -1;
        if (InSet(_lexicon.Cues, text, words[p])) return p;
        if (Is(text, words[p], "of") && p >= 1)
        {
            var q = p - 1;
            return InSet(_lexicon.CueOf, text, words[q]) ? q : -1;
        }
        return -1;
    }

    /// <summary>A title right before ("Mr", "Gen", "President"): the name is a person's.</summary>
    private bool HasTitle(string text, List<Word> words, int i)
    {
        var p = i - 1;
        return p >= 0 && InSet(_lexicon.Titles, text, words[p]);
    }

    /// <summary>Another capitalised word right before or after the name: likely part of a person's or
    /// organisation's name ("Saddam Hussein", "Warren Christopher"). Directions and cues do not count.</summary>
    private bool IsAdjacentToName(string text, List<Word> words, int i, int j)
    {
        if (i > 0 && words[i].Joined && words[i - 1].Cap && i - 1 > 0 &&
            !InSet(_lexicon.Directions, text, words[i - 1]) && !InSet(_lexicon.Cues, text, words[i - 1]) &&
            !IsAllUpper(text, words[i - 1]))
            return true;
        if (i > 0 && words[i].Joined && words[i - 1].Cap && i - 1 == 0 &&
            InSet(_lexicon.Titles, text, words[i - 1]))
            return true;
        if (j + 1 < words.Count && words[j + 1].Joined && !words[j].Possessive && (words[j + 1].Cap || words[j + 1].ParticleCap) &&
            !InSet(_lexicon.RegionWords, text, words[j + 1]))
            return true;
        return false;
    }

    // ------------------------------------------------------------------ resolution

    private ImmutableArray<PlaceMention> Resolve(List<Candidate> candidates, List<(int Sentence, string Country)> hints)
    {
        if (candidates.Count == 0) return [];

        // pass 1: the pool of each candidate, and the countries/anchors of strong unambiguous mentions
        var pools = new (ImmutableArray<GazetteerEntry> Pool, string Rule)[candidates.Count];
        var countryWeight = new Dictionary<string, double>(StringComparer.Ordinal);
        var sentenceCountries = new HashSet<(int, string)>();
        var anchors = new List<(int Candidate, int Sentence, double Lat, double Lon)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var cand = candidates[c];
            pools[c] = Pool(cand);
            var pool = pools[c].Pool;
            if (pool.IsEmpty || !IsStrong(cand, pools[c].Rule)) continue;
            var country = pool[0].Country;
            if (pool.Any(e => e.Country != country)) continue;
            countryWeight[country] = countryWeight.GetValueOrDefault(country) + 1;
            sentenceCountries.Add((cand.Sentence, country));
            if (pool.Length == 1 && pool[0].Precision != PlacePrecision.Country && pool[0].Lat is { } la && pool[0].Lon is { } lo)
                anchors.Add((c, cand.Sentence, la, lo));
        }
        foreach (var (sentence, country) in hints)
        {
            countryWeight[country] = countryWeight.GetValueOrDefault(country) + 0.5;
            sentenceCountries.Add((sentence, country));
        }
        var total = countryWeight.Values.Sum();

        // pass 2: choose and accept
        var chosen = new PlaceMention?[candidates.Count];
        var unknown = new bool[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var cand = candidates[c];
            var (pool, rule) = pools[c];
            if (pool.IsEmpty)
            {
                // the unresolved tier's own candidates have no entries
                unknown[c] = cand.Entries.IsEmpty && cand.Fallback is not null;
                continue;
            }
            GazetteerEntry? best = null;
            var bestScore = double.NegativeInfinity;
            for (var k = 0; k < pool.Length; k++)
            {
                var e = pool[k];
                var s = Score(e, c, cand, countryWeight, total, sentenceCountries, anchors);
                // a fuzzy match: the closer spelling wins between places of equal standing
                if (cand.Fuzzy) s -= FuzzyDistanceWeight * cand.Distances[k];
                if (s > bestScore) { bestScore = s; best = e; }
            }
            if (best is null) continue;
            // a bare name shared by a province and its capital city is the city
            if (best.Precision == PlacePrecision.Region && cand.Kind == Evidence.Plain && !best.Curated)
            {
                var city = pool.Where(e => e.Precision == PlacePrecision.City && e.Country == best.Country && e.Population > 0)
                    .MaxBy(e => e.Population);
                if (city is not null) best = city;
            }
            if (!Accept(cand, best, rule, countryWeight))
            {
                // "near X" where the gazetteer knows X only abroad: a village it does not know
                unknown[c] = cand.Fallback is not null && countryWeight.Count > 0 && !countryWeight.ContainsKey(best.Country);
                continue;
            }
            chosen[c] = new PlaceMention(cand.Span, best.ToPlace(), best.Population, best.Precision == PlacePrecision.Region && rule == "city" ? "region" : rule);
        }

        // pass 3: unresolved names take the document's country (resolved places and hints only)
        var context = unknown.Contains(true) ? CountryContext.Of(candidates, chosen, hints) : null;
        var result = ImmutableArray.CreateBuilder<PlaceMention>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (chosen[c] is { } mention) result.Add(mention);
            else if (unknown[c] && candidates[c].Fallback is { } u && context!.CountryFor(candidates[c].Sentence, u.Weak) is { } country)
                result.Add(new PlaceMention(u.Span, new Place(u.Name, country, null, null, u.Precision), 0, "unresolved"));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The countries a document's resolved places and country hints name, for the unresolved tier: a country of
    /// the mention's own sentence first (the most named of them), else the most named of the document; a tie
    /// goes to the country named nearest before (then after) the mention, a full tie to none. A weak mention
    /// (a bare "in"/"at") needs a country of its own sentence or one with three quarters of the weight.
    /// </summary>
    private sealed class CountryContext
    {
        private readonly Dictionary<string, double> _weight = new(StringComparer.Ordinal);
        private readonly List<(int Sentence, string Country)> _mentions = [];
        private double _total;

        /// <summary>Least share of the document's country weight for a country given to a weak mention.</summary>
        private const double WeakShare = 0.75;

        public static CountryContext Of(List<Candidate> candidates, PlaceMention?[] chosen, List<(int Sentence, string Country)> hints)
        {
            var ctx = new CountryContext();
            for (var c = 0; c < candidates.Count; c++)
            {
                if (chosen[c]?.Place.Country is { } country) ctx.Add(candidates[c].Sentence, country, 1);
            }
            foreach (var (sentence, country) in hints) ctx.Add(sentence, country, 0.5);
            return ctx;
        }

        private void Add(int sentence, string country, double weight)
        {
            _weight[country] = _weight.GetValueOrDefault(country) + weight;
            _total += weight;
            _mentions.Add((sentence, country));
        }

        public string? CountryFor(int sentence, bool weak)
        {
            if (_total <= 0) return null;
            var own = _mentions.Where(m => m.Sentence == sentence).Select(m => m.Country).Distinct(StringComparer.Ordinal).ToList();
            IEnumerable<string> pool = own.Count > 0 ? own : _weight.Keys;
            string? best = null;
            var bestKey = (Weight: double.NegativeInfinity, Distance: int.MinValue);
            var tie = false;
            foreach (var country in pool)
            {
                // nearer is better; at equal distance a mention before beats one after
                var distance = int.MaxValue;
                foreach (var m in _mentions)
                {
                    if (m.Country != country) continue;
                    var d = m.Sentence <= sentence ? 2 * (sentence - m.Sentence) : 2 * (m.Sentence - sentence) + 1;
                    distance = Math.Min(distance, d);
                }
                var key = (Weight: _weight[country], Distance: -distance);
                var cmp = key.Weight.CompareTo(bestKey.Weight);
                if (cmp == 0) cmp = key.Distance.CompareTo(bestKey.Distance);
                if (cmp > 0) { best = country; bestKey = key; tie = false; }
                else if (cmp == 0) tie = true;
            }
            if (best is null || tie) return null;
            if (weak && own.Count == 0 && _weight[best] < WeakShare * _total) return null;
            return best;
        }
    }

    /// <summary>The entries a candidate may stand for, and the rule that found them.</summary>
    private (ImmutableArray<GazetteerEntry> Pool, string Rule) Pool(Candidate cand)
    {
        var entries = cand.Entries;
        if (cand.Fuzzy) return (entries, "fuzzy");
        if (cand.Kind == Evidence.RegionPhrase)
        {
            var curatedRegions = entries.Where(e => e.Curated).ToImmutableArray();
            return (curatedRegions.IsEmpty ? entries : curatedRegions, "region");
        }
        if (cand.Adjacent && cand.Words == 1 && !entries.Any(e => e.Precision == PlacePrecision.Country)) return ([], "");
        if (_lexicon.Demonyms.Contains(cand.Key) || _gazetteer.Demonyms.ContainsKey(cand.Key)) return ([], "");

        var countries = entries.Where(e => e.Precision == PlacePrecision.Country).ToImmutableArray();
        if (!countries.IsEmpty) return (countries, "country");
        if (cand.Adjacent) return ([], "");
        var curatedCities = entries.Where(e => e.Curated && e.Precision == PlacePrecision.City).ToImmutableArray();
        if (!curatedCities.IsEmpty) return (curatedCities, "alias");
        var curatedRegions2 = entries.Where(e => e.Curated && e.Precision == PlacePrecision.Region).ToImmutableArray();
        if (!curatedRegions2.IsEmpty) return (curatedRegions2, "alias");
        if (_lexicon.Stop.Contains(cand.Key)) return ([], "");
        return (entries.Where(e => !e.Curated).ToImmutableArray(), "city");
    }

    /// <summary>Mentions trusted enough to tell which countries the document is about.</summary>
    private static bool IsStrong(Candidate cand, string rule) =>
        rule is "country" or "alias" or "region" || (cand.Words > 1 && !cand.Fuzzy);

    private static double Score(
        GazetteerEntry e, int self, Candidate cand, Dictionary<string, double> countryWeight, double total,
        HashSet<(int, string)> sentenceCountries, List<(int Candidate, int Sentence, double Lat, double Lon)> anchors)
    {
        var score = 0.0;
        if (total > 0) score += 4 * countryWeight.GetValueOrDefault(e.Country) / total;
        if (sentenceCountries.Contains((cand.Sentence, e.Country))) score += 2;
        if (e.Lat is { } lat && e.Lon is { } lon && e.Precision != PlacePrecision.Country)
        {
            var near = double.MaxValue;
            var nearSentence = double.MaxValue;
            foreach (var a in anchors)
            {
                if (a.Candidate == self) continue;
                var d = Gazetteer.DistanceKm(lat, lon, a.Lat, a.Lon);
                near = Math.Min(near, d);
                if (a.Sentence == cand.Sentence) nearSentence = Math.Min(nearSentence, d);
            }
            score += Nearness(near) + Nearness(nearSentence);
        }
        var population = e.Precision == PlacePrecision.Region ? 100_000 : e.Population;
        score += Math.Log10(population + 1) / 7;
        if (e.IsCapital) score += 0.3;
        if (e.Curated) score += 0.5 - e.Order * 1e-4;
        return score;
    }

    /// <summary>Score lost per letter of edit distance by a fuzzy match: more than population can make up,
    /// less than the document's country.</summary>
    private const double FuzzyDistanceWeight = 0.75;

    /// <summary>Least population of a fuzzy city match in a document that names no country.</summary>
    private const long FuzzyMinPopulation = 10_000;

    private static double Nearness(double km) => km switch
    {
        < 150 => 1.5,
        < 500 => 1.0,
        < 1500 => 0.3,
        _ => 0,
    };

    /// <summary>Whether a chosen entry is believable as a place here (see the class summary).</summary>
    private static bool Accept(Candidate cand, GazetteerEntry best, string rule, Dictionary<string, double> countryWeight)
    {
        if (rule is "country" or "alias" or "region") return true;
        if (rule == "fuzzy")
        {
            // a guessed spelling must fit the countries the text is about, or be a sizeable town
            if (countryWeight.Count > 0) return countryWeight.ContainsKey(best.Country);
            if (cand.WeakCue) return false;
            return best.Precision == PlacePrecision.Region ? cand.Kind == Evidence.RegionPhrase : best.Population >= FuzzyMinPopulation;
        }
        var inDocCountry = countryWeight.ContainsKey(best.Country);
        // a place outside every country the text names must be well known ("San Juan" in a Colombian story is a river)
        var foreign = countryWeight.Count > 0 && !inDocCountry;
        if (best.Precision == PlacePrecision.Region) return inDocCountry && (cand.Cue || cand.Words > 1);
        if (cand.Words > 1)
            return foreign
                ? best.Population >= 1_000_000 || (cand.Cue && best.Population >= 100_000)
                : best.Population >= 1000 || cand.Cue || inDocCountry;
        // "UN", "ISF": short all-capital words are acronyms
        if (cand.AllCaps && cand.Span.Length <= 3) return false;
        if (cand.Cue && (inDocCountry || (!foreign && best.Population >= 1000) || best.Population >= 100_000)) return true;
        return best.IsCapital || best.Population >= 500_000 ||
               (best.Feature == "PPLA" && best.Population >= 50_000) ||
               (inDocCountry && best.Population >= 20_000);
    }
}
