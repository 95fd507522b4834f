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
/// surely as the compiler, and <c>SkeletonTests</c> hold its tokens to the lexer's. Documentation
/// comments are read as <c>//</c> lines, as a tree without documentation mode holds them.
/// </remarks>
internal static class CommentReader
{
    /// <summary>Each comment's kind and span, in text order; null when a gap between tokens holds anything unexpected.</summary>
    public static List<(SyntaxKind Kind, TextSpan Span)>? Comments(string source, List<SkeletonToken> tokens)
    {
        var comments = new List<(SyntaxKind, TextSpan)>();
        var from = 0;
        for (var t = 0; t <= tokens.Count; t++)
        {
            var to = t < tokens.Count ? tokens[t].Start : source.Length;
            if ((t == tokens.Count || tokens[t].TriviaBefore) && !Read(source, from, to, comments))
            {
                return null;
            }

            if (t < tokens.Count)
            {
                from = tokens[t].End;
            }
        }

        return comments;
    }

    private static bool Read(string source, int from, int to, List<(SyntaxKind, TextSpan)> comments)
    {
        var i = from;
        while (i < to)
        {
            var c = source[i];
            if (c == '/' && i + 1 < to && source[i + 1] == '/')
            {
                var end = i + 2;
                while (end < to && !SyntaxFacts.IsNewLine(source[end]))
                {
                    end++;
                }

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
