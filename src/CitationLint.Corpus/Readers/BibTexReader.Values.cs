using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

// BibTeX values: braced and quoted pieces, macros and # concatenation, and skipping balanced text.
public static partial class BibTexReader
{
    private sealed partial class Parser
    {
        /// <summary>
        /// A value: pieces joined by '#'. Returns the position of the first character after it that is
        /// not blank (always inside the text), or -1.
        /// </summary>
        private int ReadValue(int p, string field, out string value)
        {
            value = string.Empty;
            string? single = null;
            StringBuilder? joined = null;
            while (true)
            {
                p = SkipInEntry(p);
                if (p < 0)
                {
                    return -1;
                }

                if (p >= n)
                {
                    return Unclosed(n);
                }

                string piece;
                var c = s[p];
                if (c == '{')
                {
                    p = ReadBraced(p, out piece);
                }
                else if (c == '"')
                {
                    p = ReadQuoted(p, out piece);
                }
                else if (IsIdentChar(c))
                {
                    var start = p;
                    while (p < n && IsIdentChar(s[p]))
                    {
                        p++;
                    }

                    var word = s.Substring(start, p - start);
                    piece = IsDigits(word) ? word : Macro(word, start);
                }
                else
                {
                    return Malformed(p, $"expected a value for field '{Quote(field)}' but found {Describe(p)}");
                }

                if (p < 0)
                {
                    return -1;
                }

                if (joined is not null)
                {
                    joined.Append(piece);
                }
                else if (single is null)
                {
                    single = piece;
                }
                else
                {
                    joined = new StringBuilder(single).Append(piece);
                }

                p = SkipInEntry(p);
                if (p < 0)
                {
                    return -1;
                }

                if (p >= n)
                {
                    return Unclosed(n);
                }

                if (s[p] != '#')
                {
                    value = joined?.ToString() ?? single ?? string.Empty;
                    return p;
                }

                p++;
            }
        }

        private string Macro(string name, int at)
        {
            if (macros.TryGetValue(name, out var value))
            {
                return value;
            }

            // BibTeX substitutes the empty string for an undefined macro; so do we, and say so.
            AddProblem(LineOf(at), $"unknown macro '{Quote(name)}' (no @string defines it); treated as empty");
            return string.Empty;
        }

        /// <summary>A <c>{…}</c> piece; <paramref name="p"/> is at the '{'. BibTeX counts every brace, escaped or not.</summary>
        private int ReadBraced(int p, out string piece)
        {
            piece = string.Empty;
            var depth = 1;
            var q = p + 1;
            while (q < n)
            {
                var c = s[q];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (--depth == 0)
                    {
                        piece = s.Substring(p + 1, q - p - 1);
                        return q + 1;
                    }
                }
                else if (c == '\n' || c == '\r')
                {
                    q = AfterLineBreak(q);
                    if (IsEntryLine(q))
                    {
                        return Unclosed(q);
                    }

                    continue;
                }

                q++;
            }

            return Unclosed(n);
        }

        /// <summary>A <c>"…"</c> piece; <paramref name="p"/> is at the '"'. Quotes inside braces do not end it.</summary>
        private int ReadQuoted(int p, out string piece)
        {
            piece = string.Empty;
            var depth = 0;
            var q = p + 1;
            while (q < n)
            {
                var c = s[q];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    // A stray '}' is a BibTeX error; keep reading instead of ending the value.
                    if (depth > 0)
                    {
                        depth--;
                    }
                }
                else if (c == '"' && depth == 0)
                {
                    piece = s.Substring(p + 1, q - p - 1);
                    return q + 1;
                }
                else if (c == '\\' && q + 1 < n && s[q + 1] != '\n' && s[q + 1] != '\r')
                {
                    // "Sch\"olkopf" is common in hand-written files; the escaped character never ends the value.
                    q += 2;
                    continue;
                }
                else if (c == '\n' || c == '\r')
                {
                    q = AfterLineBreak(q);
                    if (IsEntryLine(q))
                    {
                        return Unclosed(q, "unterminated quoted value");
                    }

                    continue;
                }

                q++;
            }

            return Unclosed(n, "unterminated quoted value");
        }

        /// <summary>Skips the body of @comment/@preamble up to its closing delimiter; an entry line ends it too.</summary>
        private int SkipBalanced(int p, char close)
        {
            var depth = 0;
            while (p < n)
            {
                var c = s[p];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (depth > 0)
                    {
                        depth--;
                    }
                    else if (close == '}')
                    {
                        return p + 1;
                    }
                }
                else if (c == ')' && close == ')' && depth == 0)
                {
                    return p + 1;
                }
                else if (c == '\n' || c == '\r')
                {
                    p = AfterLineBreak(p);
                    if (IsEntryLine(p))
                    {
                        return p;
                    }

                    continue;
                }

                p++;
            }

            return n;
        }

        /// <summary>Whitespace and '%' comments inside an entry; -1 when a new entry line starts (this one is not closed).</summary>
        private int SkipInEntry(int p)
        {
            while (p < n)
            {
                var c = s[p];
                if (c == '\n' || c == '\r')
                {
                    p = AfterLineBreak(p);
                    if (IsEntryLine(p))
                    {
                        return Unclosed(p);
                    }
                }
                else if (c == '%')
                {
                    while (p < n && s[p] != '\n' && s[p] != '\r')
                    {
                        p++;
                    }
                }
                else if (char.IsWhiteSpace(c))
                {
                    p++;
                }
                else
                {
                    break;
                }
            }

            return p;
        }
    }
}
