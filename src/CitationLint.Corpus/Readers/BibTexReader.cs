using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

/// <summary>
/// Reads BibTeX (<c>*.bib</c>) files into papers. The reader is a hand-written single forward pass
/// rather than a grammar or regular expressions: bibliography files are untrusted input (anything a
/// user points the analyzer at), so it must never throw, never recurse on nesting depth and stay
/// linear in the size of the input whatever the input is.
/// </summary>
/// <remarks>
/// Deviations from BibTeX, all in the direction of reading more of a damaged file:
/// <list type="bullet">
/// <item>A line that starts with <c>@type{</c> or <c>@type(</c> always starts a new entry, even inside
/// an unclosed value. An entry with a missing or extra brace therefore costs only itself, and a file of
/// many broken entries is still read in linear time (a value can never run over the next entry).</item>
/// <item><c>%</c> starts a comment between the fields of an entry (as in biber), not only outside entries.</item>
/// <item>Inside a quoted value, <c>\"</c> does not end the value (BibTeX would end it there).</item>
/// </list>
/// <para>The reader's parts, one job a file: the parser's pass over entries (BibTexReader.Parser.cs),
/// values (.Values.cs), lines and problems (.Text.cs), entry to paper (.Entries.cs and the field
/// mapping here), LaTeX to Unicode (.Latex.cs).</para>
/// </remarks>
public static partial class BibTexReader
{
    public const string Extension = ".bib";

    /// <summary>A garbage file can produce a problem per line; past this many the rest are summarized in one.</summary>
    private const int MaxProblems = 1000;

    /// <summary>Longest key, value or macro name quoted in a problem message: garbage can hold megabyte-long tokens.</summary>
    private const int MaxQuoted = 60;

    public static ReadResult Read(string text, string file)
    {
        var parser = new Parser(text ?? string.Empty, file ?? string.Empty);
        parser.Run();
        return new ReadResult(parser.Papers, parser.Problems);
    }

    /// <summary>
    /// LaTeX as written in BibTeX titles and names to plain Unicode: accents to precomposed letters,
    /// escapes to their characters, <c>--</c>/<c>---</c> to dashes, formatting commands to their
    /// argument, math to its contents, grouping braces dropped. Whitespace is kept as is; callers run
    /// the result through <see cref="TextCleaner.Clean"/>.
    /// </summary>
    internal static string LatexToUnicode(string latex) => Latex.ToUnicode(latex);

    private static string? Get(Dictionary<string, string> fields, string name)
        => fields.TryGetValue(name, out var value) ? value : null;

    private static string CleanLatex(string? raw)
        => string.IsNullOrEmpty(raw) ? string.Empty : TextCleaner.Clean(Latex.ToUnicode(raw!));

    /// <summary>
    /// Authors split on "and" at brace depth 0 (so <c>{Barnes and Noble}</c> is one name), each
    /// "Last, First" or "von Last, Jr, First" turned into reading order, "others" dropped.
    /// Commas are found before the LaTeX is converted, so braces protect them as BibTeX says.
    /// </summary>
    private static IReadOnlyList<string> Authors(string? raw)
    {
        var authors = new List<string>();
        if (string.IsNullOrEmpty(raw))
        {
            return authors;
        }

        foreach (var name in SplitTopLevel(raw!, splitOnAnd: true))
        {
            var parts = SplitTopLevel(name, splitOnAnd: false);
            for (var i = 0; i < parts.Count; i++)
            {
                parts[i] = CleanLatex(parts[i]);
            }

            string full;
            if (parts.Count == 1)
            {
                full = parts[0];
            }
            else
            {
                // First is the last part, Last the first one, any parts between are Jr.
                var sb = new StringBuilder();
                sb.Append(parts[parts.Count - 1]).Append(' ').Append(parts[0]);
                for (var i = 1; i < parts.Count - 1; i++)
                {
                    sb.Append(' ').Append(parts[i]);
                }

                full = sb.ToString();
            }

            full = TextCleaner.Clean(full);
            if (full.Length > 0 && !string.Equals(full, "others", StringComparison.OrdinalIgnoreCase))
            {
                authors.Add(full);
            }
        }

        return authors;
    }

    /// <summary>Splits at brace depth 0 on whitespace-"and"-whitespace (any case), or on commas.</summary>
    private static List<string> SplitTopLevel(string s, bool splitOnAnd)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                if (!splitOnAnd && c == ',')
                {
                    parts.Add(s.Substring(start, i - start));
                    start = i + 1;
                }
                else if (splitOnAnd && char.IsWhiteSpace(c) && i + 4 < s.Length && char.IsWhiteSpace(s[i + 4])
                    && (s[i + 1] | 0x20) == 'a' && (s[i + 2] | 0x20) == 'n' && (s[i + 3] | 0x20) == 'd')
                {
                    parts.Add(s.Substring(start, i - start));
                    start = i + 4;
                    i += 3;
                }
            }
        }

        parts.Add(s.Substring(start));
        return parts;
    }

    /// <summary>
    /// A value that is an identifier or a URL, not prose: braces, whitespace and invisible characters
    /// removed, <c>\_ \% \&amp; \# \$ \~</c> unescaped, command names such as <c>\url</c> dropped.
    /// LaTeX prose rules (<c>--</c>, <c>~</c>) must not apply here.
    /// </summary>
    private static string PlainValue(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var text = raw!;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' || c == '}' || char.IsWhiteSpace(c) || TextCleaner.IsInvisible(c))
            {
                continue;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (next is '_' or '%' or '&' or '#' or '$' or '~')
                {
                    sb.Append(next);
                    i++;
                    continue;
                }

                if (IsAsciiLetter(next))
                {
                    var j = i + 1;
                    while (j < text.Length && IsAsciiLetter(text[j]))
                    {
                        j++;
                    }

                    i = j - 1;
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The DOI without the resolver prefixes people paste with it.</summary>
    private static string Doi(string? raw)
    {
        var doi = PlainValue(raw);
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi.Substring(prefix.Length);
            }
        }

        return doi;
    }

    /// <summary>arXiv's own DOIs: <c>10.48550/arXiv.2305.17333</c> (one of the spellings of <see cref="PaperIdentifiers"/>).</summary>
    private static string? ArxivFromDoi(string doi) => PaperIdentifiers.TryFind(doi, out var id) ? id : null;

    /// <summary>An <c>arxiv.org/abs|pdf|html/…</c> or daily-papers link; the version and ".pdf" are dropped.</summary>
    private static string? ArxivFromUrl(string text) => PaperIdentifiers.TryFind(text, out var id) ? id : null;

    /// <summary>Google Scholar's <c>journal = {arXiv preprint arXiv:2305.17333}</c>, or a link in howpublished.</summary>
    private static string? ArxivFromMention(string text) => PaperIdentifiers.TryFind(text, out var id) ? id : null;

    /// <summary>DBLP and Semantic Scholar: <c>journal = {CoRR}</c> (or ArXiv) with <c>volume = {abs/2305.17333}</c>.</summary>
    private static string? ArxivFromCorrVolume(Dictionary<string, string> fields)
    {
        var journal = PlainValue(Get(fields, "journal"));
        var volume = PlainValue(Get(fields, "volume"));
        if ((string.Equals(journal, "CoRR", StringComparison.OrdinalIgnoreCase) || string.Equals(journal, "arXiv", StringComparison.OrdinalIgnoreCase))
            && volume.StartsWith("abs/", StringComparison.OrdinalIgnoreCase)
            && ArxivId.TryNormalize(volume.Substring(4), out var id))
        {
            return id;
        }

        return null;
    }

    private static bool IsYear(string s, int at)
    {
        if (at + 4 > s.Length)
        {
            return false;
        }

        for (var i = at; i < at + 4; i++)
        {
            if (s[i] < '0' || s[i] > '9')
            {
                return false;
            }
        }

        return s[at] != '0';
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>BibTeX identifiers (entry types, field and macro names): printable ASCII but <c>"#%'(),={}</c>, and not '@'.</summary>
    private static bool IsIdentChar(char c)
        => c > ' ' && c < '\u007F' && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@');

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Untrusted text quoted in a message: cleaned and cut short.</summary>
    private static string Quote(string text)
    {
        var cleaned = TextCleaner.Clean(text.Length > MaxQuoted * 4 ? text.Substring(0, MaxQuoted * 4) : text);
        return cleaned.Length > MaxQuoted ? cleaned.Substring(0, MaxQuoted) + "…" : cleaned;
    }
}
