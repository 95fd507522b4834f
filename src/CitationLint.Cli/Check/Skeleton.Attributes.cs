using System.Collections.Generic;

namespace CitationLint.Cli.Check;

/// <summary>The skeleton's attribute lists: which argument lists nothing reads, to be blanked.</summary>
internal static partial class Skeleton
{
    /// <summary>
    /// The token indices of the parentheses of every attribute argument list outside the bodies that
    /// nothing reads: the driver binds every attribute of the assembly (for global suppressions) and of
    /// the declarations around a diagnostic (for local ones), and a file's attribute arguments can cost
    /// more to bind than its whole skeleton to parse. An attribute list stays whole when it names an
    /// attribute <paramref name="keep"/> keeps (a suppression, a citation attribute), when a token of it
    /// holds "cite" in any case (a suppression's id or category), or when it holds a comment or directive.
    /// </summary>
    private static List<(int Open, int Close)> AttributeArguments(string source, List<SkeletonToken> tokens, List<(int Open, int Close)> bodies, KeepNames keep)
    {
        var found = new List<(int, int)>();
        var body = 0;
        var afterList = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (body < bodies.Count && i == bodies[body].Open)
            {
                i = bodies[body++].Close;
                afterList = false;
                continue;
            }

            var starts = tokens[i].Kind == SkeletonKind.OpenBracket
                && (i == 0 || afterList || tokens[i - 1].Kind is SkeletonKind.Semicolon or SkeletonKind.OpenBrace or SkeletonKind.CloseBrace)
                && i + 1 < tokens.Count
                && (tokens[i + 1].Kind == SkeletonKind.Identifier || tokens[i + 1].Kind is SkeletonKind.Keyword && i + 2 < tokens.Count && tokens[i + 2].Kind == SkeletonKind.Colon);
            afterList = false;
            if (!starts)
            {
                continue;
            }

            var close = MatchingBracket(tokens, i);
            if (close < 0 || body < bodies.Count && bodies[body].Open < close)
            {
                continue;
            }

            if (!KeepsList(source, tokens, i, close, keep))
            {
                var depth = 0;
                var open = -1;
                for (var k = i + 1; k < close; k++)
                {
                    switch (tokens[k].Kind)
                    {
                        case SkeletonKind.OpenParen:
                            if (depth++ == 0)
                            {
                                open = k;
                            }

                            break;
                        case SkeletonKind.CloseParen:
                            if (--depth == 0 && open >= 0)
                            {
                                found.Add((open, k));
                                open = -1;
                            }

                            break;
                    }
                }
            }

            i = close;
            afterList = true;
        }

        return found;
    }

    private static int MatchingBracket(List<SkeletonToken> tokens, int open)
    {
        var depth = 0;
        for (var k = open; k < tokens.Count; k++)
        {
            switch (tokens[k].Kind)
            {
                case SkeletonKind.OpenBracket:
                    depth++;
                    break;
                case SkeletonKind.CloseBracket when --depth == 0:
                    return k;
                case SkeletonKind.Semicolon:
                    // Not an attribute list: attributes hold no statements.
                    return -1;
            }
        }

        return -1;
    }

    private static bool KeepsList(string source, List<SkeletonToken> tokens, int open, int close, KeepNames keep)
    {
        for (var k = open; k <= close; k++)
        {
            var token = tokens[k];
            if (token.Kind == SkeletonKind.Identifier && keep.Keeps(source, token)
                || token.Kind == SkeletonKind.InterpolatedString && (token.Holds(source, "//") || token.Holds(source, "/*"))
                || token.Holds(source, "cite")
                || token.Length >= Marker.Length && token.Holds(source, Marker)
                || k > open && token.TriviaBefore)
            {
                return true;
            }
        }

        return false;
    }
}
