using System;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// Whether a written title differs from the paper's only in the capitals a citation style chooses
/// (sentence case, title case, all lower case): CITE010 (Info), not CITE003 (DESIGN 4). A change to
/// the capitals of a name or acronym the title holds (<c>mezo</c> for <c>MeZO</c>, <c>Gans</c> for
/// <c>GANs</c>, <c>imagenet</c> for <c>ImageNet</c>) is more than style, and stays CITE003.
/// </summary>
internal static class Cite010Capitalisation
{
    /// <summary>The rule for a title written otherwise than the paper's: CITE010 when only the capitals differ, else CITE003.</summary>
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor RuleFor(string written, string title)
        => Differs(written, title) ? Rules.TitleCapitalisation : Rules.NonCanonicalTitle;

    public static bool Differs(string written, string title)
    {
        if (written.Length != title.Length || string.Equals(written, title, StringComparison.Ordinal)
            || !string.Equals(written, title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Word by word: a word of the title that is a name (inner capitals, or two capitals or more)
        // must be written with its own capitals.
        var start = 0;
        for (var i = 0; i <= title.Length; i++)
        {
            if (i < title.Length && !IsWordBreak(title[i]))
            {
                continue;
            }

            if (i > start && IsName(title, start, i) && string.CompareOrdinal(written, start, title, start, i - start) != 0)
            {
                return false;
            }

            start = i + 1;
        }

        return true;
    }

    private static bool IsWordBreak(char c) => char.IsWhiteSpace(c) || c is ':' or ',' or ';' or '(' or ')' or '"' or '/';

    /// <summary>A word with a capital after its first letter (<c>MeZO</c>, <c>ImageNet</c>, <c>LLM</c>, <c>GANs</c>, <c>Two-Pass</c> excluded).</summary>
    private static bool IsName(string s, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (char.IsUpper(s[k]) && s[k - 1] != '-')
            {
                return true;
            }
        }

        return false;
    }
}
