using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// The raw-text prefilter: whether a comment could cite anything, read in place.
internal sealed partial class CommentScanner
{
    /// <summary>
    /// PERF: the prefilter. Reads characters in place and allocates nothing. It answers true only
    /// for what a site needs: <c>&lt;cite</c>; a paper host (<c>arxiv</c>, <c>huggingface.co/papers</c>);
    /// a colon after a marker or cue word; a quote that opens four or more words; a cue phrase
    /// ("the paper", "described in", …); or a word mixing cases or letters and digits, or holding a
    /// look-alike letter (a possible misspelled name). Plain prose, ALLCAPS words and <c>cref="…"</c>
    /// values do not pass.
    /// </summary>
    internal bool MayCite(SourceText source, TextSpan span)
    {
        var end = span.End;
        var wordStart = -1;
        bool upperAfterFirst = false, lower = false, digit = false;
        for (var i = span.Start; i < end; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    upperAfterFirst = lower = digit = false;
                    if (StartsCue(source, i, end))
                    {
                        return true;
                    }
                }
                else if (char.IsUpper(c))
                {
                    upperAfterFirst = true;
                }

                lower |= char.IsLower(c);
                digit |= char.IsDigit(c);
                if (c > '\u007F' && TextNormalizer.MapConfusable(c) != c)
                {
                    return true;
                }

                continue;
            }

            if (wordStart >= 0 && c is '-' or '+' or '^' or '*' or '_' && i + 1 < end && (char.IsLetterOrDigit(source[i + 1]) || source[i + 1] == '+'))
            {
                // "DPM-Solver++", "LightHGNN^+": one name.
                continue;
            }

            if (wordStart >= 0)
            {
                // "MeZo", "LightHGN", "T3x": mixed case, or letters with digits.
                if (lower && (upperAfterFirst || digit))
                {
                    return true;
                }

                if (c == ':' && IsMarkerWord(source, wordStart, i))
                {
                    return true;
                }

                wordStart = -1;
            }

            switch (c)
            {
                case '<':
                    if (Matches(source, i + 1, end, "cite"))
                    {
                        return true;
                    }

                    break;
                case '"':
                case '`':
                case '\'':
                case '\u201C':
                case '\u2018':
                    if (OpensLongQuote(source, i, end))
                    {
                        return true;
                    }

                    break;
            }
        }

        return wordStart >= 0 && lower && (upperAfterFirst || digit);
    }

    private static bool StartsCue(SourceText source, int i, int end)
    {
        switch (char.ToLowerInvariant(source[i]))
        {
            case 'a':
                return Matches(source, i, end, "arxiv");
            case 'h':
                return Matches(source, i, end, "huggingface.co/papers") || Matches(source, i, end, "hf.co/papers");
            default:
                var c = char.ToLowerInvariant(source[i]);
                foreach (var phrase in CueWords.Phrases)
                {
                    if (phrase[0] == c && Matches(source, i, end, phrase))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    /// <summary>The word(s) before a colon are a marker (<c>Paper</c>, configured ones) or a cue (<c>See</c>, <c>Based on</c>).</summary>
    private bool IsMarkerWord(SourceText source, int start, int colon)
    {
        // "Based on": one space may sit inside a cue.
        var from = start;
        if (from >= 3 && source[from - 1] == ' ' && char.IsLetter(source[from - 2]))
        {
            var s = from - 2;
            while (s > 0 && char.IsLetter(source[s - 1]))
            {
                s--;
            }

            foreach (var m in CueWords.Markers)
            {
                if (m.IndexOf(' ') > 0 && Equals(source, s, colon, m))
                {
                    return true;
                }
            }
        }

        foreach (var m in options.CommentMarkers)
        {
            if (Equals(source, from, colon, m) || m.IndexOf(' ') >= 0 && EndsWithWords(source, start, colon, m))
            {
                return true;
            }
        }

        foreach (var m in CueMarkers)
        {
            if (Equals(source, from, colon, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A configured marker of several words (<c>Implemented from</c>) ends at the colon, after a word boundary.</summary>
    private static bool EndsWithWords(SourceText source, int wordStart, int colon, string marker)
    {
        var from = colon - marker.Length;
        if (from < 0 || from > wordStart || from > 0 && char.IsLetterOrDigit(source[from - 1]))
        {
            return false;
        }

        return Equals(source, from, colon, marker);
    }

    private static bool Equals(SourceText source, int start, int end, string word)
    {
        if (end - start != word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(source[start + k]) != char.ToLowerInvariant(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quote followed, on its line, by three spaces before it closes: four words or more.</summary>
    private static bool OpensLongQuote(SourceText source, int at, int end)
    {
        var spaces = 0;
        for (var i = at + 1; i < end && i < at + 400; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                // A quote still open at the end of a line may go on in the next one (titles split over '///' lines).
                return spaces >= 1;
            }

            if (c == ' ')
            {
                spaces++;
            }
            else if (c == source[at] || c == '\u201D' || c == '\u2019')
            {
                return spaces >= 3;
            }
        }

        return false;
    }

    private static bool Matches(SourceText source, int at, int end, string word)
    {
        if (at + word.Length > end)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.ToLowerInvariant(source[at + k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }
}
