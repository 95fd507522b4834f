using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CitationLint.Analyzers;
using CitationLint.Corpus;

namespace CitationLint.Cli.Refs;

/// <summary>A paper the code cites, once, with every place that cites it and its BibTeX key.</summary>
internal sealed class CitedWork
{
    private CitedWork(Paper paper) => Paper = paper;

    public Paper Paper { get; }

    /// <summary>Stable (made from the paper, not from the order of the code) and unique in the bibliography.</summary>
    public string BibKey { get; private set; } = string.Empty;

    /// <summary>(path as displayed, 1-based line), in path and line order, each once.</summary>
    public List<(string Path, int Line)> Places { get; } = new();

    /// <summary>The papers of <paramref name="cited"/>, each once, in key order; keys made unique by a suffix.</summary>
    public static List<CitedWork> From(IEnumerable<CitedPaper> cited)
    {
        var places = new List<(Paper, string, int)>();
        foreach (var c in cited)
        {
            var span = c.Location.GetLineSpan();
            places.Add((c.Paper, Output.Finding.Display(span.Path), span.StartLinePosition.Line + 1));
        }

        return From(places);
    }

    /// <summary>As <see cref="From(IEnumerable{CitedPaper})"/>, from (paper, path as displayed, 1-based line).</summary>
    public static List<CitedWork> From(IEnumerable<(Paper Paper, string Path, int Line)> cited)
    {
        var byKey = new Dictionary<string, CitedWork>(StringComparer.Ordinal);
        foreach (var (paper, path, line) in cited)
        {
            if (!byKey.TryGetValue(paper.Key, out var work))
            {
                byKey[paper.Key] = work = new CitedWork(paper);
            }

            if (!work.Places.Contains((path, line)))
            {
                work.Places.Add((path, line));
            }
        }

        var works = new List<CitedWork>(byKey.Values);
        works.Sort((a, b) => string.CompareOrdinal(a.Paper.Key, b.Paper.Key));
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var work in works)
        {
            work.Places.Sort((a, b) => a.Path == b.Path ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Path, b.Path));
            var key = BaseKey(work.Paper);
            var unique = key;
            for (var n = 0; !used.Add(unique); n++)
            {
                unique = key + Suffix(n);
            }

            work.BibKey = unique;
        }

        return works;
    }

    /// <summary>The corpus's own BibTeX key where it has one; else family name of the first author, year, first title word.</summary>
    private static string BaseKey(Paper paper)
    {
        if (paper.BibKey is { } given && IsKey(given))
        {
            return given;
        }

        var sb = new StringBuilder();
        if (paper.Authors.Count > 0)
        {
            AppendLetters(sb, PersonName.Split(paper.Authors[0]).Family, 20);
        }

        if (paper.Year is { } year)
        {
            sb.Append(year.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var word in paper.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var before = sb.Length;
            if (word.Length > 3 || paper.Title.IndexOf(' ', StringComparison.Ordinal) < 0)
            {
                AppendLetters(sb, word, 16);
            }

            if (sb.Length > before)
            {
                break;
            }
        }

        return sb.Length == 0 ? "paper" : sb.ToString();
    }

    private static void AppendLetters(StringBuilder sb, string text, int max)
    {
        var added = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (added < max && c < 128 && char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                added++;
            }
        }
    }

    private static bool IsKey(string key)
    {
        foreach (var c in key)
        {
            if (c >= 128 || !(char.IsLetterOrDigit(c) || c is ':' or '-' or '_' or '.' or '/' or '+'))
            {
                return false;
            }
        }

        return key.Length > 0;
    }

    /// <summary>a, b, …, z, then aa, ab, …: the suffixes that keep keys of the same author and year apart.</summary>
    private static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : Suffix(n / 26 - 1) + (char)('a' + n % 26);
}
