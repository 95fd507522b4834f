using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CitationLint.Cli.Refs;

/// <summary>
/// The bibliography as the <c>references:</c> list of a CITATION.cff (Citation File Format 1.2.0):
/// <c>type: article</c>, title, authors (family-names and given-names, or name for a one-word or
/// corporate name), year, url, identifiers (the arXiv id, the URL). Every string is double-quoted
/// YAML, escaped.
/// </summary>
internal static class CffWriter
{
    public static void Write(IReadOnlyList<CitedWork> works, TextWriter writer)
    {
        writer.WriteLine("# The papers this code cites, for the references of a CITATION.cff (cff-version: 1.2.0).");
        writer.WriteLine("references:");
        foreach (var work in works)
        {
            var p = work.Paper;
            writer.WriteLine("  - type: article");
            writer.WriteLine("    title: " + Quote(p.Title));
            writer.WriteLine("    authors:");
            if (p.Authors.Count == 0)
            {
                // CFF requires at least one author.
                writer.WriteLine("      - name: \"anonymous\"");
            }

            foreach (var author in p.Authors)
            {
                var (given, family) = PersonName.Split(author);
                if (given.Length == 0)
                {
                    writer.WriteLine("      - name: " + Quote(author));
                }
                else
                {
                    writer.WriteLine("      - family-names: " + Quote(family));
                    writer.WriteLine("        given-names: " + Quote(given));
                }
            }

            if (p.Year is { } year)
            {
                writer.WriteLine("    year: " + year.ToString(CultureInfo.InvariantCulture));
            }

            var url = p.Url ?? p.GetCanonicalUrl();
            if (url is not null)
            {
                writer.WriteLine("    url: " + Quote(url));
            }

            if (p.ArxivId is not null || url is not null)
            {
                writer.WriteLine("    identifiers:");
                if (p.ArxivId is { } arxiv)
                {
                    writer.WriteLine("      - type: other");
                    writer.WriteLine("        value: " + Quote("arXiv:" + arxiv));
                    writer.WriteLine("        description: \"arXiv identifier\"");
                }

                if (url is not null)
                {
                    writer.WriteLine("      - type: url");
                    writer.WriteLine("        value: " + Quote(url));
                }
            }

            writer.WriteLine("    notes: " + Quote("Cited at " + Places(work)));
        }
    }

    private static string Places(CitedWork work)
    {
        var sb = new StringBuilder();
        foreach (var (path, line) in work.Places)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append(path).Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                default:
                    if (c < ' ' || c == '\u007f' || c is '\u0085' or '\u2028' or '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
