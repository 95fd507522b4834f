using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// Lookups that read a reference the way citations write it: "Name: Title", "Authors, Title",
/// "Title (ACR)", a title hyphenated at a line end, a name before prose.
/// </summary>
internal sealed class ReferenceLookup
{
    /// <summary>No corpus holds a longer title (the longest of the shipped corpora has under 250 characters).</summary>
    public const int MaxReferenceLength = Paper.MaxTitleLength;

    private readonly CorpusIndex index;

    // PERF: one lookup per distinct text per tree (a resolver, and so this, lives for one tree's analysis):
    // a list is looked up whole and by item, a cue and the quoted title after it read the same text,
    // and a file cites one paper many times.
    private Dictionary<string, LookupResult>? lookups;
    private Dictionary<(string, int), LookupResult>? plain;

    public ReferenceLookup(CorpusIndex index) => this.index = index;

    /// <summary>The index's own lookup of <paramref name="text"/>, at most <paramref name="max"/> candidates.</summary>
    public LookupResult Plain(string text, int max)
    {
        if (text.Length > MaxReferenceLength)
        {
            return LookupResult.Empty;
        }

        if (plain is not null && plain.TryGetValue((text, max), out var known))
        {
            return known;
        }

        var result = index.Lookup(text, max);
        (plain ??= new Dictionary<(string, int), LookupResult>())[(text, max)] = result;
        return result;
    }

    /// <summary>
    /// Looks a reference up; "Name: Title" and "Name — Title" (the canonical forms fixes write) count
    /// as the exact title when the name is one of that paper's aliases.
    /// </summary>
    public LookupResult Lookup(string text)
    {
        if (lookups is not null && lookups.TryGetValue(text, out var known))
        {
            return known;
        }

        var result = LookupOnce(text);
        (lookups ??= new Dictionary<string, LookupResult>(StringComparer.Ordinal))[text] = result;
        return result;
    }

    private LookupResult LookupOnce(string text)
    {
        if (text.Length > MaxReferenceLength)
        {
            // PERF: no name or title is this long; fuzzy title matching of a 100 KB "reference" took seconds.
            return LookupResult.Empty;
        }

        var result = index.Lookup(text, 8);
        if (result.Best is { IsExact: true })
        {
            return result;
        }

        // "… Language Mod-" / "els …": a word hyphenated at a line end, as text copied from a PDF is; the
        // title it gives when joined is the title written over two lines, not a near miss of it.
        if (JoinLineEndHyphens(text) is { } joined && index.Lookup(joined, 1).Best is { Kind: MatchKind.Title } whole)
        {
            return new LookupResult(new[] { whole });
        }

        // "Title (ACR)": the title with the paper's own name after it.
        if (text.EndsWith(")", StringComparison.Ordinal))
        {
            var open = text.LastIndexOf('(');
            if (open > 0)
            {
                var name = text.Substring(open + 1, text.Length - open - 2).Trim();
                var byTitle = index.Lookup(text.Substring(0, open).Trim(), 1).Best;
                if (byTitle is { Kind: MatchKind.Title } && Contains(byTitle.Paper.Aliases, name))
                {
                    return new LookupResult(new[] { new Candidate(byTitle.Paper, 1.0, MatchKind.Title, byTitle.Paper.Title) });
                }
            }
        }

        // "[Graham, Fractional Max-Pooling](…)": a surname or two before the exact title (DESIGN 3, markdown links).
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && comma <= 40 && IsSurnames(text, comma))
        {
            var byTitle = index.Lookup(text.Substring(comma + 2).Trim(), 1).Best;
            if (byTitle is { Kind: MatchKind.Title or MatchKind.TitleVariant })
            {
                return new LookupResult(new[] { byTitle });
            }
        }

        foreach (var separator in new[] { ": ", " \u2014 ", " - " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = text.Substring(0, at).Trim();
            var tail = text.Substring(at + separator.Length).Trim().Trim('"', '\u201C', '\u201D');
            var byTitle = index.Lookup(tail, 1).Best;
            if (byTitle is { Kind: MatchKind.Title } && Contains(byTitle.Paper.Aliases, head))
            {
                return new LookupResult(new[] { new Candidate(byTitle.Paper, 1.0, MatchKind.Title, byTitle.Paper.Title) });
            }
        }

        return result;
    }

    /// <summary>"Mod- els" (a line break after "Mod-") joined to "Models"; null when the text has no such break.</summary>
    public static string? JoinLineEndHyphens(string text)
    {
        var at = text.IndexOf("- ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        var joined = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]) && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]))
            {
                joined = true;
                i++;
                continue;
            }

            sb.Append(text[i]);
        }

        return joined ? sb.ToString() : null;
    }

    /// <summary>One to three capitalised words before <paramref name="end"/> ("Graham", "de Haan", "Cai and Li").</summary>
    private static bool IsSurnames(string text, int end)
    {
        var words = text.Substring(0, end).Split(' ');
        if (words.Length > 3)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (w.Length == 0 || !(char.IsUpper(w[0]) || w is "de" or "van" or "von" or "and"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> aliases, string name)
    {
        foreach (var a in aliases)
        {
            if (string.Equals(TextNormalizer.Normalize(a), TextNormalizer.Normalize(name), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The paper whose own distinctive name is the first word of <paramref name="text"/>, followed by prose words; else null.</summary>
    public Paper? LeadingName(string text)
    {
        var words = text.Split(' ');
        if (words.Length < 2 || words.Length > 8)
        {
            return null;
        }

        // "Sparse MeZO heads …": the longest run of up to three words, followed by a lower-case word, that is a name.
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            if (words[n].Length == 0 || !char.IsLower(words[n][0]))
            {
                continue;
            }

            var name = string.Join(" ", words, 0, n);
            var found = index.Lookup(name, 2);
            // The identifier right after it makes even a name that is also a word (Medusa) a citation: an identifier site is a site.
            if (found is { IsAmbiguous: false, Best: { Kind: MatchKind.Alias } best } && char.IsUpper(name[0]))
            {
                return best.Paper;
            }
        }

        return null;
    }
}
