using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CitationLint.Cli.Refs;

/// <summary>
/// The bibliography as BibTeX: one <c>@misc</c> (arXiv) or <c>@article</c> entry a paper, preceded by
/// a <c>%</c> line of where it is cited; title, author, year, url, eprint/archivePrefix, and the
/// paper's names as <c>aliases</c> (which the project's BibTeX reader reads back). Values are braced
/// and escaped so that <see cref="CitationLint.Corpus.BibTexReader"/> reads the same paper back.
/// </summary>
internal static class BibTexWriter
{
    public static void Write(IReadOnlyList<CitedWork> works, TextWriter writer)
    {
        foreach (var work in works)
        {
            var p = work.Paper;
            writer.WriteLine("% cited at " + Places(work));
            writer.WriteLine($"@{(p.ArxivId is null ? "article" : "misc")}{{{work.BibKey},");
            Field(writer, "title", "{" + Escape(p.Title) + "}");
            if (p.Authors.Count > 0)
            {
                var authors = new StringBuilder();
                foreach (var author in p.Authors)
                {
                    if (authors.Length > 0)
                    {
                        authors.Append(" and ");
                    }

                    var (given, family) = PersonName.Split(author);
                    // A name with " and " or a comma in it is one name: braced whole, as BibTeX does.
                    authors.Append(author.Contains(" and ", System.StringComparison.Ordinal) || author.Contains(',', System.StringComparison.Ordinal) || given.Length == 0
                        ? "{" + Escape(author) + "}"
                        : Escape(family) + ", " + Escape(given));
                }

                Field(writer, "author", authors.ToString());
            }

            if (p.Year is { } year)
            {
                Field(writer, "year", year.ToString(CultureInfo.InvariantCulture));
            }

            if (p.ArxivId is { } arxiv)
            {
                Field(writer, "eprint", arxiv);
                Field(writer, "archivePrefix", "arXiv");
            }

            if ((p.Url ?? p.GetCanonicalUrl()) is { } url)
            {
                Field(writer, "url", EscapeUrl(url));
            }

            var names = new StringBuilder();
            foreach (var alias in p.Aliases)
            {
                if (alias.IndexOf('|') < 0)
                {
                    names.Append(names.Length > 0 ? " | " : string.Empty).Append(Escape(alias));
                }
            }

            if (names.Length > 0)
            {
                Field(writer, "aliases", names.ToString());
            }

            writer.WriteLine("}");
            writer.WriteLine();
        }
    }

    private static string Places(CitedWork work)
    {
        var sb = new StringBuilder();
        foreach (var (path, line) in work.Places)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append(path.Replace('\n', ' ')).Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static void Field(TextWriter writer, string name, string value) => writer.WriteLine($"  {name} = {{{value}}},");

    /// <summary>A URL as BibTeX keeps it (no LaTeX), its <c>_ % &amp; # $ ~</c> escaped with a backslash; braces cannot be written.</summary>
    public static string EscapeUrl(string url)
    {
        var sb = new StringBuilder(url.Length + 4);
        foreach (var c in url)
        {
            if (c is '_' or '%' or '&' or '#' or '$' or '~')
            {
                sb.Append('\\').Append(c);
            }
            else if (c is not ('{' or '}') && !char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>LaTeX's special characters escaped, line breaks as spaces; other Unicode as it is (the reader reads UTF-8).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '-' when i + 1 < text.Length && text[i + 1] == '-':
                    // "--" is an en dash in LaTeX: an empty group keeps two hyphens two hyphens.
                    sb.Append("-{}");
                    break;
                case '\\':
                    sb.Append("\\textbackslash{}");
                    break;
                case '{' or '}' or '%' or '&' or '$' or '#' or '_':
                    sb.Append('\\').Append(c);
                    break;
                case '~':
                    sb.Append("\\textasciitilde{}");
                    break;
                case '^':
                    sb.Append("\\textasciicircum{}");
                    break;
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
