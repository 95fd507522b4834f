using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

// The BibTeX parser: entries, fields and @string definitions, in one forward pass.
public static partial class BibTexReader
{
    /// <summary>One forward pass over the text: entries, fields, @string definitions, problems at their lines.</summary>
    private sealed partial class Parser
    {
        private static readonly char[] TopLevelStops = { '@', '%' };

        private readonly string s;
        private readonly int n;
        private readonly string file;

        // Macro names are case-insensitive in BibTeX; the month macros are predefined by every style.
        private readonly Dictionary<string, string> macros = new(StringComparer.OrdinalIgnoreCase)
        {
            ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April",
            ["may"] = "May", ["jun"] = "June", ["jul"] = "July", ["aug"] = "August",
            ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
        };

        // BibTeX itself compares citation keys without case ("repeated entry" for Foo and foo).
        private readonly HashSet<string> citeKeys = new(StringComparer.OrdinalIgnoreCase);

        // The line of each field of the entry being read: a problem is reported where its field is.
        private readonly Dictionary<string, int> fieldLines = new(StringComparer.OrdinalIgnoreCase);

        // Line numbers are found by counting line breaks from the last position asked about: positions
        // are asked in increasing order, so the whole file is counted once, without a table of lines.
        private int cursorPos;
        private int cursorLine = 1;

        // The entry being read, for problem messages.
        private int entryLine;
        private string entryType = string.Empty;
        private string entryKey = string.Empty;
        private char entryClose = '}';

        // Why the entry failed. Failures are returned as -1 rather than thrown, so that a garbage file
        // with a hundred thousand broken entries does not pay for a hundred thousand exceptions.
        private bool failUnclosed;
        private string failDetail = string.Empty;
        private int failAt;

        public Parser(string text, string file)
        {
            s = text;
            n = text.Length;
            this.file = file;
        }

        public List<SourcePaper> Papers { get; } = new();

        public List<CorpusProblem> Problems { get; } = new();

        public void Run()
        {
            var i = 0;
            while (i < n)
            {
                // Outside entries everything is a comment in BibTeX; only '@' matters, and '%' hides
                // the rest of its line (so that "% @article{...}" is commented out as people expect).
                i = s.IndexOfAny(TopLevelStops, i);
                if (i < 0)
                {
                    break;
                }

                if (s[i] == '%')
                {
                    i = EndOfLine(i);
                    continue;
                }

                i = SafeReadEntry(i);
            }
        }

        private int SafeReadEntry(int at)
        {
            try
            {
                var next = ReadEntry(at);
                return next > at ? next : at + 1;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A safety net only: the reader runs inside the compiler, where an exception would
                // disable the analyzer. A bug costs this entry, never the file or the build.
                AddProblem(entryLine, $"{EntryLabel()} could not be read ({ex.GetType().Name}); skipped");
                return NextEntryLine(at);
            }
        }

        /// <summary>Reads the entry whose '@' is at <paramref name="at"/>; returns where scanning resumes.</summary>
        private int ReadEntry(int at)
        {
            entryLine = LineOf(at);
            entryKey = string.Empty;
            entryType = string.Empty;
            entryClose = '}';

            var p = SkipBlanks(at + 1);
            var typeStart = p;
            while (p < n && IsIdentChar(s[p]))
            {
                p++;
            }

            if (p == typeStart)
            {
                // "me@example.com", "@ 2023": an '@' in the comment text between entries.
                return at + 1;
            }

            entryType = s.Substring(typeStart, p - typeStart);
            var open = SkipBlankLines(p);
            if (IsType("comment"))
            {
                // BibTeX ignores the word @comment and nothing else; skipping a following group
                // as well is what biber and every bibliography manager do.
                return open < n && (s[open] == '{' || s[open] == '(') ? SkipBalanced(open + 1, s[open] == '{' ? '}' : ')') : p;
            }

            if (open >= n || (s[open] != '{' && s[open] != '('))
            {
                if (IsAtLineStart(at))
                {
                    AddProblem(entryLine, $"'@{Quote(entryType)}' is not followed by '{{' or '('; ignored");
                }

                return p;
            }

            entryClose = s[open] == '{' ? '}' : ')';
            if (IsType("preamble"))
            {
                return SkipBalanced(open + 1, entryClose);
            }

            var end = IsType("string") ? ReadStringDefinitions(open + 1) : ReadRegularEntry(open + 1);
            if (end >= 0)
            {
                return end;
            }

            if (failUnclosed)
            {
                AddProblem(entryLine, $"{EntryLabel()} is not closed: {failDetail}; skipped");
                return Math.Max(failAt, at + 1);
            }

            AddProblem(entryLine, $"{EntryLabel()} is malformed: {failDetail}; skipped");
            return NextEntryLine(failAt);
        }

        private int ReadRegularEntry(int p)
        {
            p = SkipInEntry(p);
            if (p < 0)
            {
                return -1;
            }

            var keyStart = p;
            while (p < n && IsKeyChar(s[p]))
            {
                p++;
            }

            entryKey = s.Substring(keyStart, p - keyStart);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            fieldLines.Clear();
            p = SkipInEntry(p);
            if (p < 0)
            {
                return -1;
            }

            if (p >= n)
            {
                return Unclosed(n);
            }

            if (s[p] == entryClose)
            {
                Finish(fields);
                return p + 1;
            }

            if (s[p] != ',')
            {
                return Malformed(p, $"expected ',' after the citation key but found {Describe(p)}");
            }

            p++;
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

                if (s[p] == entryClose)
                {
                    Finish(fields);
                    return p + 1;
                }

                var nameStart = p;
                while (p < n && IsIdentChar(s[p]))
                {
                    p++;
                }

                if (p == nameStart)
                {
                    return Malformed(p, $"expected a field name but found {Describe(p)}");
                }

                var name = s.Substring(nameStart, p - nameStart);
                p = SkipInEntry(p);
                if (p < 0)
                {
                    return -1;
                }

                if (p >= n)
                {
                    return Unclosed(n);
                }

                if (s[p] != '=')
                {
                    return Malformed(p, $"expected '=' after field '{Quote(name)}' but found {Describe(p)}");
                }

                p = ReadValue(p + 1, name, out var value);
                if (p < 0)
                {
                    return -1;
                }

                // A repeated field: BibTeX warns and uses the first one.
                if (!fields.ContainsKey(name))
                {
                    fields[name] = value;
                    fieldLines[name] = LineOf(nameStart);
                }

                if (s[p] == ',')
                {
                    p++;
                }
                else if (s[p] == entryClose)
                {
                    Finish(fields);
                    return p + 1;
                }
                else
                {
                    return Malformed(p, $"expected ',' or '{entryClose}' after field '{Quote(name)}' but found {Describe(p)}");
                }
            }
        }

        private int ReadStringDefinitions(int p)
        {
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

                if (s[p] == entryClose)
                {
                    return p + 1;
                }

                var nameStart = p;
                while (p < n && IsIdentChar(s[p]))
                {
                    p++;
                }

                if (p == nameStart)
                {
                    return Malformed(p, $"expected a macro name but found {Describe(p)}");
                }

                var name = s.Substring(nameStart, p - nameStart);
                p = SkipInEntry(p);
                if (p < 0)
                {
                    return -1;
                }

                if (p >= n)
                {
                    return Unclosed(n);
                }

                if (s[p] != '=')
                {
                    return Malformed(p, $"expected '=' after macro '{Quote(name)}' but found {Describe(p)}");
                }

                p = ReadValue(p + 1, name, out var value);
                if (p < 0)
                {
                    return -1;
                }

                macros[name] = value;
                if (s[p] == ',')
                {
                    p++;
                }
                else if (s[p] == entryClose)
                {
                    return p + 1;
                }
                else
                {
                    return Malformed(p, $"expected '{entryClose}' after macro '{Quote(name)}' but found {Describe(p)}");
                }
            }
        }
    }
}
