using System;
using System.Collections.Generic;

namespace CitationLint.Cli.Check;

/// <summary>
/// The tokens <see cref="Skeleton"/> reads, found in one pass over the text and without allocating
/// anything but the list: comments, strings of every kind, characters, directives, words, brackets and
/// the few operators a member's header is told by. It reads what the compiler's lexer reads, and
/// declines (returns null) whatever it does not read as surely: a conditional directive (<c>#if</c>: the
/// compiler decides what is disabled) or one it does not know, a merge conflict's markers, a raw
/// interpolated string, a comment or nested string in an interpolation hole, a Unicode escape or a
/// formatting character in a name, a literal run into a word (<c>"…"u8</c>, <c>1.5fX</c>), an empty or
/// unterminated character, an unterminated comment or string. The file is then lexed by the compiler
/// (<see cref="SkeletonToken.Lex"/>). A test compares the two on every input the suites hold.
/// </summary>
internal static partial class CodeScanner
{
    [ThreadStatic]
    private static List<SkeletonToken>? reused;

    /// <summary>The tokens of <paramref name="s"/>, or null when the compiler's lexer is to read it. The list is the calling thread's, reused by its next call.</summary>
    public static List<SkeletonToken>? Scan(string s)
    {
        // PERF: one list per thread, reused file after file (a large file's list would live on the large object heap).
        var tokens = reused ??= new List<SkeletonToken>(8192);
        tokens.Clear();
        var i = 0;
        var n = s.Length;
        var triviaBefore = false;
        var lineStart = true;
        while (i < n)
        {
            var c = s[i];
            if (IsLineBreak(c))
            {
                i++;
                lineStart = true;
                continue;
            }

            if (IsWhitespace(c))
            {
                i++;
                continue;
            }

            if (lineStart && c is '<' or '=' or '>' or '|' && IsConflictMarker(s, i))
            {
                // A merge conflict's marker: the compiler reads one side as disabled text.
                return null;
            }

            if (c == '#' && lineStart)
            {
                var end = LineEnd(s, i);
                if (!IsReadDirective(s, i + 1, end))
                {
                    return null;
                }

                i = end;
                triviaBefore = true;
                continue;
            }

            lineStart = false;
            if (c == '/' && i + 1 < n && s[i + 1] == '/')
            {
                i = LineEnd(s, i);
                triviaBefore = true;
                continue;
            }

            if (c == '/' && i + 1 < n && s[i + 1] == '*')
            {
                var close = s.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    return null;
                }

                i = close + 2;
                triviaBefore = true;
                continue;
            }

            var start = i;
            var kind = SkeletonKind.Other;
            switch (c)
            {
                case '{': kind = SkeletonKind.OpenBrace; i++; break;
                case '}': kind = SkeletonKind.CloseBrace; i++; break;
                case '(': kind = SkeletonKind.OpenParen; i++; break;
                case ')': kind = SkeletonKind.CloseParen; i++; break;
                case '[': kind = SkeletonKind.OpenBracket; i++; break;
                case ']': kind = SkeletonKind.CloseBracket; i++; break;
                case ';': kind = SkeletonKind.Semicolon; i++; break;
                case ':':
                    kind = Pair(s, ref i, ':', SkeletonKind.Colon);
                    break;
                case '=':
                    i++;
                    if (i < n && s[i] == '>')
                    {
                        i++;
                        kind = SkeletonKind.Arrow;
                    }
                    else if (i < n && s[i] == '=')
                    {
                        i++;
                    }
                    else
                    {
                        kind = SkeletonKind.Equals;
                    }

                    break;
                case '>':
                    kind = Pair(s, ref i, '=', SkeletonKind.GreaterThan);
                    break;
                case '"':
                    i = String(s, i, verbatim: false, interpolated: false);
                    break;
                case '\'':
                    i = Character(s, i);
                    break;
                case '@':
                    if (i + 1 < n && s[i + 1] == '"')
                    {
                        i = String(s, i + 1, verbatim: true, interpolated: false);
                    }
                    else if (i + 2 < n && s[i + 1] == '$' && s[i + 2] == '"')
                    {
                        kind = SkeletonKind.InterpolatedString;
                        i = String(s, i + 2, verbatim: true, interpolated: true);
                    }
                    else if (i + 1 < n && IsWordStart(s[i + 1]))
                    {
                        i = WordEnd(s, i + 1);
                        kind = i < 0 ? kind : SkeletonKind.Identifier;
                    }
                    else
                    {
                        return null;
                    }

                    break;
                case '$':
                    kind = SkeletonKind.InterpolatedString;
                    if (i + 1 < n && s[i + 1] == '"')
                    {
                        i = String(s, i + 1, verbatim: false, interpolated: true);
                    }
                    else if (i + 2 < n && s[i + 1] == '@' && s[i + 2] == '"')
                    {
                        i = String(s, i + 2, verbatim: true, interpolated: true);
                    }
                    else
                    {
                        // '$$"""…"""' and anything else after '$': the compiler reads it.
                        return null;
                    }

                    break;
                case '\\':
                    return null;
                default:
                    if (IsWordStart(c))
                    {
                        i = WordEnd(s, i);
                        if (i >= 0)
                        {
                            kind = Keyword(s, start, i - start);
                        }
                    }
                    else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
                    {
                        i = NumberEnd(s, i);
                        if (!IsNumber(s, start, i))
                        {
                            // Letters a number cannot hold ('1.5fCites'): the compiler reads where it ends.
                            return null;
                        }
                    }
                    else if (c is '!' or '<' or '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '?' or '~' or '.' or ',')
                    {
                        // An operator or punctuation: with a following '=', a compound assignment or comparison.
                        i++;
                        if (c != '~' && c != '.' && c != ',' && i < n && s[i] == '=' || c == '-' && i < n && s[i] == '>')
                        {
                            i++;
                        }
                    }
                    else
                    {
                        // A character the lexer would report (a stray '`', a control character): let it read the file.
                        return null;
                    }

                    break;
            }

            if (i < 0)
            {
                return null;
            }

            if ((c is '"' or '\'' or '@' or '$') && kind != SkeletonKind.Identifier && i < n && IsWordPart(s[i]))
            {
                // A literal's suffix ('"…"u8') or a word run into it: the compiler reads where it ends.
                return null;
            }

            tokens.Add(new SkeletonToken(kind, start, i - start, triviaBefore));
            triviaBefore = false;
        }

        return tokens;
    }

    /// <summary>A one-character token that a following <paramref name="second"/> makes another ('::', '>='): <paramref name="alone"/>, or Other with the second.</summary>
    private static SkeletonKind Pair(string s, ref int i, char second, SkeletonKind alone)
    {
        i++;
        if (i < s.Length && s[i] == second)
        {
            i++;
            return SkeletonKind.Other;
        }

        return alone;
    }

    /// <summary>The end of a string whose opening quote is at <paramref name="quote"/>; -1 when unterminated, a raw string or otherwise not read here.</summary>
    private static int String(string s, int quote, bool verbatim, bool interpolated)
    {
        var n = s.Length;
        if (quote + 2 < n && s[quote + 1] == '"' && s[quote + 2] == '"')
        {
            // A raw string: its end is the same run of quotes.
            if (verbatim || interpolated)
            {
                return -1;
            }

            var run = 0;
            while (quote + run < n && s[quote + run] == '"')
            {
                run++;
            }

            // Content after the opening quotes on their line: a single-line raw string, closed on that line.
            var lineEnd = LineEnd(s, quote + run);
            var singleLine = false;
            for (var k = quote + run; k < lineEnd; k++)
            {
                singleLine |= !IsWhitespace(s[k]);
            }

            for (var i = quote + run; i < n; i++)
            {
                if (singleLine && i >= lineEnd)
                {
                    return -1;
                }

                if (s[i] != '"')
                {
                    continue;
                }

                var closing = 0;
                while (i + closing < n && s[i + closing] == '"')
                {
                    closing++;
                }

                if (closing >= run && (closing > run || !singleLine && !OnlyWhitespaceBefore(s, i)))
                {
                    // Too many quotes, or a multi-line raw string closed after text on its line: the compiler decides.
                    return -1;
                }

                if (closing == run)
                {
                    return i + run;
                }

                i += closing - 1;
            }

            return -1;
        }

        for (var i = quote + 1; i < n; i++)
        {
            var c = s[i];
            if (c == '"')
            {
                if (verbatim && i + 1 < n && s[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }

            if (!verbatim && c == '\\')
            {
                i++;
                continue;
            }

            if (!verbatim && IsLineBreak(c))
            {
                return -1;
            }

            if (interpolated && c == '{')
            {
                if (i + 1 < n && s[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                i = Hole(s, i + 1);
                if (i < 0)
                {
                    return -1;
                }

                // At the hole's closing brace.
                continue;
            }

            if (interpolated && c == '}' && i + 1 < n && s[i + 1] == '}')
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>The position of the '}' closing an interpolation hole whose expression starts at <paramref name="i"/>; -1 when not read here.</summary>
    private static int Hole(string s, int i)
    {
        var n = s.Length;
        var depth = 0;
        while (i < n)
        {
            var c = s[i];
            switch (c)
            {
                case '(':
                case '[':
                case '{':
                    depth++;
                    i++;
                    continue;
                case ')':
                case ']':
                    depth--;
                    i++;
                    continue;
                case '}':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    i++;
                    continue;
                case ':' when depth == 0:
                    // The format: text up to the closing brace.
                    while (i < n && s[i] != '}')
                    {
                        if (s[i] == '"' || IsLineBreak(s[i]))
                        {
                            return -1;
                        }

                        i++;
                    }

                    return i < n ? i : -1;
                case '"':
                    i = String(s, i, verbatim: false, interpolated: false);
                    break;
                case '\'':
                    i = Character(s, i);
                    break;
                case '@' when i + 1 < n && s[i + 1] == '"':
                    i = String(s, i + 1, verbatim: true, interpolated: false);
                    break;
                case '$':
                case '/':
                    // A nested interpolated string or a comment in a hole: the compiler reads it.
                    return -1;
                default:
                    i++;
                    continue;
            }

            if (i < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Only white space between the line's start and <paramref name="i"/>.</summary>
    private static bool OnlyWhitespaceBefore(string s, int i)
    {
        for (var k = i - 1; k >= 0 && !IsLineBreak(s[k]); k--)
        {
            if (!IsWhitespace(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Character(string s, int quote)
    {
        var n = s.Length;
        var i = quote + 1;
        if (i < n && s[i] == '\'')
        {
            // '' (empty): the compiler reports it, and reads on in its own way.
            return -1;
        }

        if (i < n && s[i] == '\\')
        {
            i += 2;
        }
        else
        {
            i++;
        }

        while (i < n && s[i] != '\'')
        {
            // '\u0041', '\x41': the rest of an escape; a line break or a long run is not a character.
            if (IsLineBreak(s[i]) || i - quote > 12)
            {
                return -1;
            }

            i++;
        }

        return i < n ? i + 1 : -1;
    }

    /// <summary>Where the line that <paramref name="i"/> is on ends (its first line break at or after it), or the text's end.</summary>
    internal static int LineEnd(string s, int i)
    {
        // PERF: a vectorised search: comments are most of a commented file's text.
        var end = s.AsSpan(i).IndexOfAny(LineBreaks);
        return end < 0 ? s.Length : i + end;
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u0085\u2028\u2029");

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\v' or '\f' || c > 0x7F && c != '\u0085' && c != '\u2028' && c != '\u2029' && (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator || c == '\uFEFF');
}
