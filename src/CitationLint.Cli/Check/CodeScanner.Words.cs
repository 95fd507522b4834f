namespace CitationLint.Cli.Check;

/// <summary>The scanner's words, numbers and directives: what a word, a number or a directive line is, and which words are keywords.</summary>
internal static partial class CodeScanner
{
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
}
