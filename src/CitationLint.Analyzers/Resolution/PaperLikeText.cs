using System;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>Whether an unknown reference after a cue reads as a paper (CITE008) or as something else.</summary>
internal static class PaperLikeText
{
    private static readonly string[] Standards = { "RFC", "ECMA", "ISO", "IEC", "IEEE", "W3C", "ANSI", "POSIX", "UAX", "UTS", "CVE", "PEP", "JSR", "KB" };

    /// <summary>
    /// Whether an unknown reference after a cue looks like a paper: a title of four words or more, or
    /// a distinctive name (<c>ResNet</c>); not a lone plain word ("Lou"), a short phrase ("Microsoft Docs")
    /// or a standard ("RFC 7231", "ECMA-334").
    /// </summary>
    public static bool LooksLikePaper(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        foreach (var standard in Standards)
        {
            if (words[0].StartsWith(standard, StringComparison.OrdinalIgnoreCase)
                && (words[0].Length == standard.Length || !char.IsLetter(words[0][standard.Length])))
            {
                return false;
            }
        }

        if (words.Length >= 4)
        {
            return true;
        }

        foreach (var w in words)
        {
            if (AliasMiner.IsDistinctive(w.Trim(',', '.', ':', ';')) && !IsAllUpper(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(string w)
    {
        foreach (var c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
