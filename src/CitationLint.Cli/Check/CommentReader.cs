using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>
/// The comments of a file read by <see cref="CodeScanner"/>, without a tree: what lies between two of
/// its tokens (and before the first, after the last) is trivia, and there a <c>//</c> runs to the line's
/// end and a <c>/*</c> to its <c>*/</c>, as the compiler's lexer reads them. A directive's line is no
/// comment (what follows <c>#endregion</c> belongs to the directive). Anything else between tokens but
/// white space means the file is not read so surely: null, and the file is parsed.
/// </summary>
/// <remarks>
/// Only for the files the scanner reads itself: it declines <c>#if</c> (disabled text would read as
/// comments), unterminated comments, comments in interpolation holes and what else it does not read as
/// surely as the compiler, and <c>SkeletonTests</c> hold its tokens to the lexer's (the skeleton the
/// file is parsed as is built from the same tokens). Documentation comments are read as <c>//</c>
/// lines, as a tree without documentation mode holds them. Given the prefilter's candidate runs, only
/// the gaps that overlap a run are read, each whole.
/// </remarks>
internal static class CommentReader
{
    /// <summary>
    /// Each comment's kind and span, in text order, of the gaps between tokens that overlap one of
    /// <paramref name="runs"/> (sorted, as the prefilter gives them), each gap read
    /// whole; null when such a gap holds anything unexpected.
    /// </summary>
    public static List<(SyntaxKind Kind, TextSpan Span)>? Comments(string source, List<SkeletonToken> tokens, List<TextSpan> runs)
    {
        var comments = new List<(SyntaxKind, TextSpan)>();

        // PERF: a file's few candidate runs, not its every gap (most of a commented file's text is its comments).
        var read = -1;
        foreach (var run in runs)
        {
            // Gap t lies before token t (gap tokens.Count after the last): the first gap that ends after the run starts.
            for (var t = Math.Max(read + 1, FirstTokenEndingAfter(tokens, run.Start)); t <= tokens.Count; t++)
            {
                if (GapStart(tokens, t) >= run.End)
                {
                    break;
                }

                if (!ReadGap(source, tokens, t, comments))
                {
                    return null;
                }

                read = t;
            }
        }

        return comments;
    }

    private static int GapStart(List<SkeletonToken> tokens, int t) => t == 0 ? 0 : tokens[t - 1].End;

    /// <summary>The gap before token <paramref name="t"/> (the text's end after the last token): read when it holds trivia.</summary>
    private static bool ReadGap(string source, List<SkeletonToken> tokens, int t, List<(SyntaxKind, TextSpan)> comments)
        => t < tokens.Count && !tokens[t].TriviaBefore || Read(source, GapStart(tokens, t), t < tokens.Count ? tokens[t].Start : source.Length, comments);

    /// <summary>The index of the first token that ends after <paramref name="position"/> (the count when none does).</summary>
    private static int FirstTokenEndingAfter(List<SkeletonToken> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static bool Read(string source, int from, int to, List<(SyntaxKind, TextSpan)> comments)
    {
        var i = from;
        while (i < to)
        {
            var c = source[i];
            if (c == '/' && i + 1 < to && source[i + 1] == '/')
            {
                var end = Math.Min(CodeScanner.LineEnd(source, i + 2), to);

                comments.Add((SyntaxKind.SingleLineCommentTrivia, TextSpan.FromBounds(i, end)));
                i = end;
            }
            else if (c == '/' && i + 1 < to && source[i + 1] == '*')
            {
                var close = i + 2 < to ? source.IndexOf("*/", i + 2, to - i - 2, System.StringComparison.Ordinal) : -1;
                if (close < 0)
                {
                    return false;
                }

                comments.Add((SyntaxKind.MultiLineCommentTrivia, TextSpan.FromBounds(i, close + 2)));
                i = close + 2;
            }
            else if (c == '#' && StartsLine(source, i))
            {
                while (i < to && !SyntaxFacts.IsNewLine(source[i]))
                {
                    i++;
                }
            }
            else if (SyntaxFacts.IsWhitespace(c) || SyntaxFacts.IsNewLine(c))
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only white space lies before <paramref name="at"/> on its line.</summary>
    private static bool StartsLine(string source, int at)
    {
        for (var i = at - 1; i >= 0 && !SyntaxFacts.IsNewLine(source[i]); i--)
        {
            if (!SyntaxFacts.IsWhitespace(source[i]))
            {
                return false;
            }
        }

        return true;
    }
}
