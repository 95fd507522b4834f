using System;
using System.Collections.Generic;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// The raw-text prefilter: whether a comment could cite anything, read in place.
internal sealed partial class CommentScanner
{
    [ThreadStatic]
    private static char[]? wordBuffer;

    /// <summary>
    /// PERF: the prefilter. Reads characters in place and allocates nothing. It answers true for the
    /// text of any site the scanner could read (DESIGN 3), as the scanner finds them: a paper host
    /// (<c>arxiv</c>, <c>huggingface.co/papers</c>, <c>hf.co/papers</c>) or a cue phrase ("the paper",
    /// "described in", …) anywhere, inside a word too; a colon after a marker or cue word;
    /// <c>&lt;cite</c>; a BibTeX entry's <c>@type{</c>. Free text, when on, passes only where it could
    /// be reported (<see cref="Resolution.FreeTextMatch"/>): a quote of four or more words one of which
    /// could be a corpus title's (<see cref="TitleWordFilter"/>), or a character that could be a
    /// look-alike letter. Prose, camelCase and code-like words, and quotes of words no title has, do not pass.
    /// Exactness is a test (PrefilterEquivalenceTests), against the scanner run on every comment.
    /// </summary>
    internal bool MayCite(SourceText source, TextSpan span) => MayCite(new SourceChars(source), span.Start, span.End);

    /// <summary><see cref="MayCite(SourceText, TextSpan)"/> over [start, end) of any text; reads no character outside it.</summary>
    internal bool MayCite<T>(T source, int start, int end)
        where T : struct, ICharText
    {
        var span = TextSpan.FromBounds(start, end);
        var freeText = options.FreeText;
        for (var i = span.Start; i < end; i++)
        {
            var c = source[i];
            if (c is 'a' or 'A' or 'h' or 'H' or 't' or 'T' or 'd' or 'D' or 'i' or 'I' or 'p' or 'P' && StartsCue(source, i, end))
            {
                return true;
            }

            switch (c)
            {
                case ':':
                    if (EndsWithMarker(source, span.Start, i))
                    {
                        return true;
                    }

                    break;
                case '<':
                    if (Matches(source, i + 1, end, "cite"))
                    {
                        return true;
                    }

                    break;
                case '@':
                    if (OpensBibTexEntry(source, i, end))
                    {
                        return true;
                    }

                    break;
                case '"' or '`' or '\'' or '\u201C' or '\u2018' or '\u00AB':
                    // As the scanner opens quotes in free text: not right after a letter or digit ("it's").
                    if (freeText && (i == span.Start || !char.IsLetterOrDigit(source[i - 1])) && QuoteMayCite(source, i, end))
                    {
                        return true;
                    }

                    break;
            }

            // A free-text name counts only when spoofed (FreeTextMatch): a look-alike letter, from
            // Greek up; the micro sign folds to Greek mu. Latin letters with accents fold to no look-alike.
            if (freeText && (c >= '\u0370' || c == '\u00B5'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words of [start, end) — its letter-or-digit runs, folded and stemmed as a lookup
    /// does — could match a corpus title (<see cref="TitleWordFilter"/>). Text outside ASCII passes: the
    /// lookup's folding (NFKC, look-alike letters) is not repeated here. Without a filter (a scanner
    /// made without a corpus), everything passes.
    /// </summary>
    private bool WordsMayBeTitled<T>(T source, int start, int end)
        where T : struct, ICharText
    {
        if (titleWords is null)
        {
            return true;
        }

        var buffer = wordBuffer ??= new char[TitleWordFilter.MaxWordLength];
        var query = titleWords.Start();
        var length = 0;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? source[i] : ' ';

            // Outside ASCII, and control characters, which the lookup's cleaning drops (joining the words around them).
            if (c > '\u007E' || c < ' ' && !char.IsWhiteSpace(c))
            {
                return true;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (length < TitleWordFilter.MaxWordLength)
                {
                    buffer[length] = char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            if (length > 0)
            {
                query.Add(buffer, length);
                if (query.HasRareWord)
                {
                    // A rare word is enough; the key is only known at the end.
                    return true;
                }
            }

            length = 0;
        }

        return query.MayMatch;
    }

    /// <summary>
    /// A quote the scanner could read as a free-text title: closed within 400 characters (its bound)
    /// after four words or more (its word count), whose words, or those after a leading surname and
    /// comma, could match a title. A quote that holds an entity or a hyphen at a line's end passes
    /// too: the scanner decodes and joins them.
    /// </summary>
    private bool QuoteMayCite<T>(T source, int open, int end)
        where T : struct, ICharText
    {
        var quote = source[open];
        var closing = quote switch
        {
            '\u201C' => '\u201D',
            '\u2018' => '\u2019',
            '\u00AB' => '\u00BB',
            _ => quote,
        };
        var limit = Math.Min(end, open + 400);
        var words = 0;
        var inWord = false;
        var special = false;
        var firstComma = -1;
        var lastNonWhite = quote;
        for (var i = open + 1; i < limit; i++)
        {
            var c = source[i];
            if (c == closing && (closing != '\'' || i + 1 >= end || !char.IsLetter(source[i + 1])))
            {
                // "Smith, deep learning models": the lookup also tries the title after a leading surname and comma.
                return words >= 4 && (special || WordsMayBeTitled(source, open + 1, i) || firstComma > 0 && WordsMayBeTitled(source, firstComma + 1, i));
            }

            if (c == ',' && firstComma < 0 && i - open <= 60)
            {
                firstComma = i;
            }

            var w = char.IsLetterOrDigit(c);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w || c == '-' && inWord;

            // "Lang-" / "uage": the scanner joins a word hyphenated at a line's end.
            special |= c == '&' || c is '\r' or '\n' && lastNonWhite == '-';
            if (!char.IsWhiteSpace(c))
            {
                lastNonWhite = c;
            }
        }

        return false;
    }

    /// <summary><c>@article{</c>: an at sign, letters, an opening brace.</summary>
    private static bool OpensBibTexEntry<T>(T source, int at, int end)
        where T : struct, ICharText
    {
        var i = at + 1;
        while (i < end && char.IsLetter(source[i]))
        {
            i++;
        }

        return i > at + 1 && i < end && source[i] == '{';
    }

    private static bool StartsCue<T>(T source, int i, int end)
        where T : struct, ICharText
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

    /// <summary>
    /// The text before a colon (white space skipped) ends with a marker (<c>Paper</c>, configured ones)
    /// or a cue (<c>See</c>, <c>Based on</c>) after a word boundary: what the scanner reads as a marker
    /// line, and more.
    /// </summary>
    private bool EndsWithMarker<T>(T source, int start, int colon)
        where T : struct, ICharText
    {
        var k = colon;
        while (k > start && char.IsWhiteSpace(source[k - 1]))
        {
            k--;
        }

        foreach (var m in options.CommentMarkers)
        {
            if (EndsWithWord(source, start, k, m))
            {
                return true;
            }
        }

        foreach (var m in CueMarkers)
        {
            if (EndsWithWord(source, start, k, m))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord<T>(T source, int start, int at, string marker)
        where T : struct, ICharText
    {
        var from = at - marker.Length;
        return from >= start && (from == start || !char.IsLetterOrDigit(source[from - 1])) && Equals(source, from, at, marker);
    }

    private static bool Equals<T>(T source, int start, int end, string word)
        where T : struct, ICharText
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

    private static bool Matches<T>(T source, int at, int end, string word)
        where T : struct, ICharText
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

/// <summary>Characters by their position in a source text: the text itself, or a window of it copied out.</summary>
internal interface ICharText
{
    char this[int position] { get; }
}

/// <summary>A <see cref="SourceText"/>, read in place.</summary>
internal readonly struct SourceChars : ICharText
{
    private readonly SourceText text;

    public SourceChars(SourceText text) => this.text = text;

    public char this[int position] => text[position];
}

/// <summary>
/// PERF: a window of a source text copied into a buffer, read by position without SourceText's
/// virtual indexer (the prefilter reads every comment character through it).
/// </summary>
internal readonly struct WindowChars : ICharText
{
    private readonly char[] buffer;
    private readonly int origin;

    public WindowChars(char[] buffer, int origin)
    {
        this.buffer = buffer;
        this.origin = origin;
    }

    public char this[int position] => buffer[position - origin];
}
