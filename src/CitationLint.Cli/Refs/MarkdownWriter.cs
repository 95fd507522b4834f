using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CitationLint.Cli.Refs;

/// <summary>The bibliography as a Markdown list: authors (year). *Title*. URL, then where it is cited.</summary>
internal static class MarkdownWriter
{
    public static void Write(IReadOnlyList<CitedWork> works, TextWriter writer)
    {
        writer.WriteLine("# References");
        writer.WriteLine();
        foreach (var work in works)
        {
            var p = work.Paper;
            var sb = new StringBuilder("- ");
            if (p.Authors.Count > 0)
            {
                sb.Append(Escape(p.Authors.Count > 3 ? p.Authors[0] + " et al." : string.Join(", ", p.Authors))).Append(' ');
            }

            if (p.Year is { } year)
            {
                sb.Append('(').Append(year.ToString(CultureInfo.InvariantCulture)).Append(") ");
            }

            sb.Append('*').Append(Escape(p.Title)).Append('*');
            if ((p.Url ?? p.GetCanonicalUrl()) is { } url)
            {
                sb.Append(". <").Append(url.Replace(">", "%3E", System.StringComparison.Ordinal).Replace(" ", "%20", System.StringComparison.Ordinal)).Append('>');
            }

            writer.WriteLine(sb.ToString());
            var places = new StringBuilder("  cited at ");
            for (var i = 0; i < work.Places.Count; i++)
            {
                places.Append(i > 0 ? ", " : string.Empty).Append('`').Append(work.Places[i].Path.Replace("`", "'", System.StringComparison.Ordinal)).Append(':').Append(work.Places[i].Line.ToString(CultureInfo.InvariantCulture)).Append('`');
            }

            writer.WriteLine(places.ToString());
        }
    }

    /// <summary>Markdown's inline markup characters escaped with a backslash; line breaks as spaces.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c is '\r' or '\n' ? ' ' : c);
            }
        }

        return sb.ToString();
    }
}
