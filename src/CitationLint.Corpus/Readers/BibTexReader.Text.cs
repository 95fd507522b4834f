using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

// Navigation of the BibTeX text: lines, entry starts, blanks, and problem reporting.
public static partial class BibTexReader
{
    private sealed partial class Parser
    {
        /// <summary>Line of <paramref name="pos"/>: \n, \r\n and \r each end a line, as in <see cref="LineReader"/>.</summary>
        private int LineOf(int pos)
        {
            if (pos > n)
            {
                pos = n;
            }

            if (pos < cursorPos)
            {
                cursorPos = 0;
                cursorLine = 1;
            }

            for (var k = cursorPos; k < pos; k++)
            {
                var c = s[k];
                if (c == '\r' || (c == '\n' && (k == 0 || s[k - 1] != '\r')))
                {
                    cursorLine++;
                }
            }

            cursorPos = pos;
            return cursorLine;
        }

        /// <summary>
        /// True when the line starting at <paramref name="p"/> opens an entry: blanks, '@', a type name,
        /// blanks, '{' or '('. Looks at most at the start of one line.
        /// </summary>
        private bool IsEntryLine(int p)
        {
            p = SkipBlanks(p);
            if (p >= n || s[p] != '@')
            {
                return false;
            }

            p = SkipBlanks(p + 1);
            var start = p;
            while (p < n && IsAsciiLetter(s[p]))
            {
                p++;
            }

            if (p == start)
            {
                return false;
            }

            p = SkipBlanks(p);
            return p < n && (s[p] == '{' || s[p] == '(');
        }

        /// <summary>The start of the next entry line after the line holding <paramref name="p"/>, or the end.</summary>
        private int NextEntryLine(int p)
        {
            while (p < n)
            {
                var c = s[p];
                if (c == '\n' || c == '\r')
                {
                    p = AfterLineBreak(p);
                    if (IsEntryLine(p))
                    {
                        return p;
                    }
                }
                else
                {
                    p++;
                }
            }

            return n;
        }

        private bool IsAtLineStart(int at)
        {
            var k = at;
            while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
            {
                k--;
            }

            return k == 0 || s[k - 1] == '\n' || s[k - 1] == '\r';
        }

        private int SkipBlanks(int p)
        {
            while (p < n && (s[p] == ' ' || s[p] == '\t'))
            {
                p++;
            }

            return p;
        }

        /// <summary>Whitespace between "@type" and its '{', which may be on the next line (but not on an entry line).</summary>
        private int SkipBlankLines(int p)
        {
            while (p < n && char.IsWhiteSpace(s[p]))
            {
                if (s[p] == '\n' || s[p] == '\r')
                {
                    p = AfterLineBreak(p);
                    if (IsEntryLine(p))
                    {
                        return SkipBlanks(p);
                    }

                    continue;
                }

                p++;
            }

            return p;
        }

        private int AfterLineBreak(int p) => s[p] == '\r' && p + 1 < n && s[p + 1] == '\n' ? p + 2 : p + 1;

        private int EndOfLine(int p)
        {
            while (p < n && s[p] != '\n' && s[p] != '\r')
            {
                p++;
            }

            return p;
        }

        private bool IsType(string type) => string.Equals(entryType, type, StringComparison.OrdinalIgnoreCase);

        private bool IsKeyChar(char c)
            => c > ' ' && c != ',' && c != '{' && c != '}' && c != '=' && c != '"' && c != entryClose && c != '\u007F'
               && !char.IsWhiteSpace(c);

        private int Unclosed(int at, string? detail = null)
        {
            failUnclosed = true;
            failAt = at;
            failDetail = detail ?? (entryClose == ')' ? "missing ')'" : "unbalanced braces");
            return -1;
        }

        private int Malformed(int at, string detail)
        {
            failUnclosed = false;
            failAt = at;
            failDetail = detail;
            return -1;
        }

        private string EntryLabel()
            => entryKey.Length > 0 ? $"entry '{Quote(entryKey)}'"
                : entryType.Length > 0 ? $"@{Quote(entryType)} entry"
                : "entry";

        private string Describe(int p)
        {
            if (p >= n)
            {
                return "the end of the file";
            }

            var c = s[p];
            return c < ' ' || TextCleaner.IsInvisible(c) || char.IsWhiteSpace(c)
                ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";
        }

        private void AddProblem(int line, string message)
        {
            if (Problems.Count < MaxProblems)
            {
                Problems.Add(new CorpusProblem(file, line, message));
            }
            else if (Problems.Count == MaxProblems)
            {
                Problems.Add(new CorpusProblem(file, 0, $"more than {MaxProblems} problems; the rest are not reported"));
            }
        }
    }
}
