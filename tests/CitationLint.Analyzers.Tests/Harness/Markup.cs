using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// Markup spans in test sources, as Microsoft.CodeAnalysis.Testing writes them: <c>[|text|]</c>
/// expects a diagnostic of the test's default id on <c>text</c>; <c>{|CITE002:text|}</c> expects
/// that id. <see cref="Parse"/> returns the plain source and the expected spans.
/// </summary>
public static class Markup
{
    public static (string Source, List<(string? Id, TextSpan Span)> Spans) Parse(string markup)
    {
        var sb = new StringBuilder(markup.Length);
        var spans = new List<(string?, TextSpan)>();
        var open = new Stack<(string? Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((null, sb.Length));
                i++;
            }
            else if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var id = markup.Substring(i + 2, colon - i - 2);
                open.Push((id, sb.Length));
                i = colon;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                var (id, start) = open.Pop();
                spans.Add((id, TextSpan.FromBounds(start, sb.Length)));
                i++;
            }
            else
            {
                sb.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("unclosed markup span");
        }

        return (sb.ToString(), spans);
    }

    private static bool Starts(string s, int at, string token) => string.CompareOrdinal(s, at, token, 0, token.Length) == 0;
}
