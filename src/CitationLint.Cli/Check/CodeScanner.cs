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
internal static class CodeScanner
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
                    i++;
                    if (i < n && s[i] == ':')
                    {
                        i++;
                    }
                    else
                    {
                        kind = SkeletonKind.Colon;
                    }

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
                    i++;
                    if (i < n && s[i] == '=')
                    {
                        i++;
                    }
                    else
                    {
                        kind = SkeletonKind.GreaterThan;
                    }

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

    private static int WordEnd(string s, int i)
    {
        var n = s.Length;
        while (i < n)
        {
            var c = s[i];
            if (c == '\\' || c > 0x7F && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                // An escape, or a formatting character the compiler leaves out of the name.
                return -1;
            }

            if (!IsWordPart(c))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static int NumberEnd(string s, int i)
    {
        var n = s.Length;
        while (i < n)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_')
            {
                i++;
            }
            else if (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
            {
                i += 2;
            }
            else if ((c == '+' || c == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E') && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9' && !IsHex(s, i))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Whether every letter of the number is one a number holds: hex digits after '0x', 'b' after '0', an exponent, a suffix.</summary>
    private static bool IsNumber(string s, int start, int end)
    {
        var hex = end - start > 1 && s[start] == '0' && (s[start + 1] == 'x' || s[start + 1] == 'X');
        var binary = end - start > 1 && s[start] == '0' && (s[start + 1] == 'b' || s[start + 1] == 'B');
        for (var k = start; k < end; k++)
        {
            var c = char.ToLowerInvariant(s[k]);
            if (c is >= 'a' and <= 'z')
            {
                var allowed = c is 'u' or 'l'
                    || hex && (c is >= 'a' and <= 'f' || c == 'x' && k == start + 1)
                    || binary && c == 'b' && k == start + 1
                    || !hex && !binary && c is 'e' or 'f' or 'd' or 'm';
                if (!allowed)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether the number before <paramref name="at"/> is hexadecimal ('0x1E-1' is a subtraction).</summary>
    private static bool IsHex(string s, int at)
    {
        var k = at - 1;
        while (k > 0 && (char.IsLetterOrDigit(s[k]) || s[k] == '_'))
        {
            k--;
        }

        if (!char.IsLetterOrDigit(s[k]))
        {
            k++;
        }

        return k + 1 < s.Length && s[k] == '0' && (s[k + 1] == 'x' || s[k + 1] == 'X');
    }

    private static int LineEnd(string s, int i)
    {
        // PERF: a vectorised search: comments are most of a commented file's text.
        var end = s.AsSpan(i).IndexOfAny(LineBreaks);
        return end < 0 ? s.Length : i + end;
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u0085\u2028\u2029");

    /// <summary>
    /// A directive that disables nothing and ends at its line's end: '#region', '#pragma', '#nullable'
    /// and the like. Not '#if', '#elif', '#else', '#endif' (the compiler decides what they disable), nor
    /// a directive the compiler does not know (its bad directive may run on).
    /// </summary>
    private static bool IsReadDirective(string s, int i, int end)
    {
        while (i < end && IsWhitespace(s[i]))
        {
            i++;
        }

        return Starts(s, i, end, "region") || Starts(s, i, end, "endregion") || Starts(s, i, end, "pragma") || Starts(s, i, end, "nullable")
            || Starts(s, i, end, "line") || Starts(s, i, end, "define") || Starts(s, i, end, "undef") || Starts(s, i, end, "error") || Starts(s, i, end, "warning");
    }

    /// <summary>Seven of '&lt;', '=', '&gt;' or '|' at a line's start.</summary>
    private static bool IsConflictMarker(string s, int i)
    {
        if (i + 7 > s.Length)
        {
            return false;
        }

        for (var k = 1; k < 7; k++)
        {
            if (s[i + k] != s[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Starts(string s, int i, int end, string word)
        => end - i >= word.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && (end - i == word.Length || !IsWordPart(s[i + word.Length]));

    private static SkeletonKind Keyword(string s, int start, int length)
    {
        // PERF: by length and first letter before any comparison.
        switch (s[start])
        {
            case 'a': return Is(s, start, length, "abstract") ? SkeletonKind.MemberModifier : Is(s, start, length, "as") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case 'b': return Is(s, start, length, "base") ? SkeletonKind.BaseKeyword : Is(s, start, length, "bool") || Is(s, start, length, "byte") ? SkeletonKind.TypeKeyword : Is(s, start, length, "break") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case 'c':
                if (Is(s, start, length, "class"))
                {
                    return SkeletonKind.ClassKeyword;
                }

                return Is(s, start, length, "char") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "case") || Is(s, start, length, "catch") || Is(s, start, length, "checked") || Is(s, start, length, "const") || Is(s, start, length, "continue") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'd':
                return Is(s, start, length, "decimal") || Is(s, start, length, "double") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "delegate") ? SkeletonKind.DelegateKeyword
                    : Is(s, start, length, "default") || Is(s, start, length, "do") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'e':
                return Is(s, start, length, "enum") ? SkeletonKind.EnumKeyword
                    : Is(s, start, length, "event") || Is(s, start, length, "explicit") || Is(s, start, length, "extern") ? SkeletonKind.MemberModifier
                    : Is(s, start, length, "else") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'f':
                return Is(s, start, length, "float") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "false") || Is(s, start, length, "finally") || Is(s, start, length, "fixed") || Is(s, start, length, "for") || Is(s, start, length, "foreach") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'g': return Is(s, start, length, "goto") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case 'i':
                return Is(s, start, length, "interface") ? SkeletonKind.InterfaceKeyword
                    : Is(s, start, length, "int") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "implicit") || Is(s, start, length, "internal") ? SkeletonKind.MemberModifier
                    : Is(s, start, length, "if") || Is(s, start, length, "in") || Is(s, start, length, "is") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'l':
                return Is(s, start, length, "long") ? SkeletonKind.TypeKeyword : Is(s, start, length, "lock") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case 'n':
                return Is(s, start, length, "namespace") ? SkeletonKind.NamespaceKeyword
                    : Is(s, start, length, "new") ? SkeletonKind.NewKeyword
                    : Is(s, start, length, "null") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'o':
                return Is(s, start, length, "operator") ? SkeletonKind.OperatorKeyword
                    : Is(s, start, length, "object") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "override") ? SkeletonKind.MemberModifier
                    : Is(s, start, length, "out") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'p':
                return Is(s, start, length, "private") || Is(s, start, length, "protected") || Is(s, start, length, "public") ? SkeletonKind.MemberModifier : Is(s, start, length, "params") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case 'r':
                return Is(s, start, length, "readonly") || Is(s, start, length, "ref") || Is(s, start, length, "return") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case 's':
                return Is(s, start, length, "struct") ? SkeletonKind.StructKeyword
                    : Is(s, start, length, "sbyte") || Is(s, start, length, "short") || Is(s, start, length, "string") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "sealed") ? SkeletonKind.MemberModifier
                    : Is(s, start, length, "sizeof") || Is(s, start, length, "stackalloc") || Is(s, start, length, "static") || Is(s, start, length, "switch") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 't':
                return Is(s, start, length, "this") ? SkeletonKind.ThisKeyword
                    : Is(s, start, length, "throw") || Is(s, start, length, "true") || Is(s, start, length, "try") || Is(s, start, length, "typeof") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'u':
                return Is(s, start, length, "uint") || Is(s, start, length, "ulong") || Is(s, start, length, "ushort") ? SkeletonKind.TypeKeyword
                    : Is(s, start, length, "unchecked") || Is(s, start, length, "unsafe") || Is(s, start, length, "using") ? SkeletonKind.Keyword
                    : SkeletonKind.Identifier;
            case 'v':
                return Is(s, start, length, "void") ? SkeletonKind.TypeKeyword : Is(s, start, length, "virtual") || Is(s, start, length, "volatile") ? SkeletonKind.MemberModifier : SkeletonKind.Identifier;
            case 'w': return Is(s, start, length, "while") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            case '_':
                return Is(s, start, length, "__arglist") || Is(s, start, length, "__makeref") || Is(s, start, length, "__reftype") || Is(s, start, length, "__refvalue") ? SkeletonKind.Keyword : SkeletonKind.Identifier;
            default: return SkeletonKind.Identifier;
        }
    }

    private static bool Is(string s, int start, int length, string word) => length == word.Length && string.CompareOrdinal(s, start, word, 0, length) == 0;

    private static bool IsWordStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' || c > 0x7F && char.IsLetter(c);

    private static bool IsWordPart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' || c > 0x7F && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.Format);

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\v' or '\f' || c > 0x7F && c != '\u0085' && c != '\u2028' && c != '\u2029' && (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator || c == '\uFEFF');
}
