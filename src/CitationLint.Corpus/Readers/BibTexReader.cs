// Past 600 lines, knowingly: BibTeX parsing, entry mapping and LaTeX-to-Unicode still share this
// file; the evidence issue (issue 8) splits it into parser, entry mapping and LaTeX decoding.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

/// <summary>
/// Reads BibTeX (<c>*.bib</c>) files into papers. The reader is a hand-written single forward pass
/// rather than a grammar or regular expressions: bibliography files are untrusted input (anything a
/// user points the analyzer at), so it must never throw, never recurse on nesting depth and stay
/// linear in the size of the input whatever the input is.
/// </summary>
/// <remarks>
/// Deviations from BibTeX, all in the direction of reading more of a damaged file:
/// <list type="bullet">
/// <item>A line that starts with <c>@type{</c> or <c>@type(</c> always starts a new entry, even inside
/// an unclosed value. An entry with a missing or extra brace therefore costs only itself, and a file of
/// many broken entries is still read in linear time (a value can never run over the next entry).</item>
/// <item><c>%</c> starts a comment between the fields of an entry (as in biber), not only outside entries.</item>
/// <item>Inside a quoted value, <c>\"</c> does not end the value (BibTeX would end it there).</item>
/// </list>
/// </remarks>
public static class BibTexReader
{
    public const string Extension = ".bib";

    /// <summary>A garbage file can produce a problem per line; past this many the rest are summarized in one.</summary>
    private const int MaxProblems = 1000;

    /// <summary>Longest key, value or macro name quoted in a problem message: garbage can hold megabyte-long tokens.</summary>
    private const int MaxQuoted = 60;

    public static ReadResult Read(string text, string file)
    {
        var parser = new Parser(text ?? string.Empty, file ?? string.Empty);
        parser.Run();
        return new ReadResult(parser.Papers, parser.Problems);
    }

    /// <summary>
    /// LaTeX as written in BibTeX titles and names to plain Unicode: accents to precomposed letters,
    /// escapes to their characters, <c>--</c>/<c>---</c> to dashes, formatting commands to their
    /// argument, math to its contents, grouping braces dropped. Whitespace is kept as is; callers run
    /// the result through <see cref="TextCleaner.Clean"/>.
    /// </summary>
    internal static string LatexToUnicode(string latex) => Latex.ToUnicode(latex);

    private sealed class Parser
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

        private void Finish(Dictionary<string, string> fields)
        {
            if (entryKey.Length == 0)
            {
                AddProblem(entryLine, $"@{Quote(entryType)} entry has no citation key; skipped");
                return;
            }

            var citeKey = Quote(entryKey);
            if (citeKeys.Contains(entryKey))
            {
                AddProblem(entryLine, $"citation key '{citeKey}' appears more than once in this file; the first entry is kept");
                return;
            }

            var title = CleanLatex(Get(fields, "title"));
            if (title.Length == 0)
            {
                AddProblem(entryLine, $"entry '{citeKey}' has no title; skipped");
                return;
            }

            var year = ReadYear(fields, citeKey);
            var doi = Doi(Get(fields, "doi"));
            var url = PlainValue(Get(fields, "url"));
            if (url.Length == 0 && doi.StartsWith("10.", StringComparison.Ordinal))
            {
                url = "https://doi.org/" + doi;
            }

            var arxiv = ArxivFromEprint(fields, citeKey)
                ?? ArxivFromUrl(url)
                ?? ArxivFromDoi(doi)
                ?? ArxivFromMention(PlainValue(Get(fields, "journal")))
                ?? ArxivFromMention(PlainValue(Get(fields, "howpublished")))
                ?? ArxivFromCorrVolume(fields);

            var abstractText = CleanLatex(Get(fields, "abstract"));
            var paper = new Paper(
                Paper.KeyFor(arxiv, title),
                title,
                aliases: Names(fields),
                arxivId: arxiv,
                url: url.Length == 0 ? null : url,
                year: year,
                authors: Authors(Get(fields, "author")),
                bibKey: entryKey);

            citeKeys.Add(entryKey);
            Papers.Add(new SourcePaper(paper, file, entryLine, abstractText.Length == 0 ? null : abstractText));
        }

        private int FieldLine(string name) => fieldLines.TryGetValue(name, out var line) ? line : entryLine;

        /// <summary>
        /// The names the entry gives the paper: BibLaTeX <c>shorthand</c> and an <c>aliases = {A | B}</c>
        /// field. Null when it gives none, so that the corpus builder mines the title and abstract.
        /// </summary>
        private static List<string>? Names(Dictionary<string, string> fields)
        {
            List<string>? names = null;
            foreach (var field in new[] { "shorthand", "aliases" })
            {
                var value = CleanLatex(Get(fields, field));
                foreach (var part in value.Split('|'))
                {
                    var name = part.Trim();
                    if (name.Length > 0 && name.Length <= 80)
                    {
                        names ??= new List<string>();
                        if (!names.Contains(name))
                        {
                            names.Add(name);
                        }
                    }
                }
            }

            return names;
        }

        private int? ReadYear(Dictionary<string, string> fields, string citeKey)
        {
            var yearText = CleanLatex(Get(fields, "year"));
            if (yearText.Length > 0)
            {
                if (IsYear(yearText, 0) && yearText.Length == 4)
                {
                    return int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
                }

                AddProblem(FieldLine("year"), $"'{Quote(yearText)}' is not a year; the paper '{citeKey}' is kept without one");
                return null;
            }

            // biblatex writes date = {2023-05-26} instead of year.
            var date = PlainValue(Get(fields, "date"));
            if (date.Length >= 4 && IsYear(date, 0) && (date.Length == 4 || date[4] == '-' || date[4] == '/'))
            {
                return int.Parse(date.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            return null;
        }

        private string? ArxivFromEprint(Dictionary<string, string> fields, string citeKey)
        {
            var eprint = PlainValue(Get(fields, "eprint"));
            if (eprint.Length == 0)
            {
                return null;
            }

            // Without a declared archive an eprint that reads as an arXiv id is one; with another
            // archive declared (eprinttype = pubmed, hdl, jstor …) it is that archive's number.
            var archive = PlainValue(Get(fields, "archiveprefix") ?? Get(fields, "eprinttype"));
            var declaredArxiv = string.Equals(archive, "arxiv", StringComparison.OrdinalIgnoreCase);
            if (archive.Length > 0 && !declaredArxiv)
            {
                return null;
            }

            if (ArxivId.TryNormalize(eprint, out var id))
            {
                return id;
            }

            var fromUrl = ArxivFromUrl(eprint);
            if (fromUrl is null && declaredArxiv)
            {
                AddProblem(FieldLine("eprint"), $"eprint '{Quote(eprint)}' of entry '{citeKey}' is not an arXiv id; ignored");
            }

            return fromUrl;
        }

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

    private static string? Get(Dictionary<string, string> fields, string name)
        => fields.TryGetValue(name, out var value) ? value : null;

    private static string CleanLatex(string? raw)
        => string.IsNullOrEmpty(raw) ? string.Empty : TextCleaner.Clean(Latex.ToUnicode(raw!));

    /// <summary>
    /// Authors split on "and" at brace depth 0 (so <c>{Barnes and Noble}</c> is one name), each
    /// "Last, First" or "von Last, Jr, First" turned into reading order, "others" dropped.
    /// Commas are found before the LaTeX is converted, so braces protect them as BibTeX says.
    /// </summary>
    private static IReadOnlyList<string> Authors(string? raw)
    {
        var authors = new List<string>();
        if (string.IsNullOrEmpty(raw))
        {
            return authors;
        }

        foreach (var name in SplitTopLevel(raw!, splitOnAnd: true))
        {
            var parts = SplitTopLevel(name, splitOnAnd: false);
            for (var i = 0; i < parts.Count; i++)
            {
                parts[i] = CleanLatex(parts[i]);
            }

            string full;
            if (parts.Count == 1)
            {
                full = parts[0];
            }
            else
            {
                // First is the last part, Last the first one, any parts between are Jr.
                var sb = new StringBuilder();
                sb.Append(parts[parts.Count - 1]).Append(' ').Append(parts[0]);
                for (var i = 1; i < parts.Count - 1; i++)
                {
                    sb.Append(' ').Append(parts[i]);
                }

                full = sb.ToString();
            }

            full = TextCleaner.Clean(full);
            if (full.Length > 0 && !string.Equals(full, "others", StringComparison.OrdinalIgnoreCase))
            {
                authors.Add(full);
            }
        }

        return authors;
    }

    /// <summary>Splits at brace depth 0 on whitespace-"and"-whitespace (any case), or on commas.</summary>
    private static List<string> SplitTopLevel(string s, bool splitOnAnd)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                if (!splitOnAnd && c == ',')
                {
                    parts.Add(s.Substring(start, i - start));
                    start = i + 1;
                }
                else if (splitOnAnd && char.IsWhiteSpace(c) && i + 4 < s.Length && char.IsWhiteSpace(s[i + 4])
                    && (s[i + 1] | 0x20) == 'a' && (s[i + 2] | 0x20) == 'n' && (s[i + 3] | 0x20) == 'd')
                {
                    parts.Add(s.Substring(start, i - start));
                    start = i + 4;
                    i += 3;
                }
            }
        }

        parts.Add(s.Substring(start));
        return parts;
    }

    /// <summary>
    /// A value that is an identifier or a URL, not prose: braces, whitespace and invisible characters
    /// removed, <c>\_ \% \&amp; \# \$ \~</c> unescaped, command names such as <c>\url</c> dropped.
    /// LaTeX prose rules (<c>--</c>, <c>~</c>) must not apply here.
    /// </summary>
    private static string PlainValue(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var text = raw!;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' || c == '}' || char.IsWhiteSpace(c) || TextCleaner.IsInvisible(c))
            {
                continue;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (next is '_' or '%' or '&' or '#' or '$' or '~')
                {
                    sb.Append(next);
                    i++;
                    continue;
                }

                if (IsAsciiLetter(next))
                {
                    var j = i + 1;
                    while (j < text.Length && IsAsciiLetter(text[j]))
                    {
                        j++;
                    }

                    i = j - 1;
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The DOI without the resolver prefixes people paste with it.</summary>
    private static string Doi(string? raw)
    {
        var doi = PlainValue(raw);
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi.Substring(prefix.Length);
            }
        }

        return doi;
    }

    /// <summary>arXiv's own DOIs: <c>10.48550/arXiv.2305.17333</c>.</summary>
    private static string? ArxivFromDoi(string doi)
    {
        const string Prefix = "10.48550/arxiv.";
        return doi.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && ArxivId.TryNormalize(doi.Substring(Prefix.Length), out var id)
            ? id
            : null;
    }

    /// <summary>An <c>arxiv.org/abs/…</c> or <c>arxiv.org/pdf/…</c> link; the version and ".pdf" are dropped.</summary>
    private static string? ArxivFromUrl(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf("arxiv.org/", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            var path = at + "arxiv.org/".Length;
            if (path + 4 <= text.Length
                && (string.Compare(text, path, "abs/", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
                    || string.Compare(text, path, "pdf/", 0, 4, StringComparison.OrdinalIgnoreCase) == 0))
            {
                var length = ArxivId.MatchAt(text, path + 4);
                if (length > 0)
                {
                    return text.Substring(path + 4, length);
                }
            }

            from = path;
        }

        return null;
    }

    /// <summary>Google Scholar's <c>journal = {arXiv preprint arXiv:2305.17333}</c>, or a link in howpublished.</summary>
    private static string? ArxivFromMention(string text)
    {
        var at = text.IndexOf("arxiv:", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var length = ArxivId.MatchAt(text, at + 6);
            if (length > 0)
            {
                return text.Substring(at + 6, length);
            }
        }

        return ArxivFromUrl(text);
    }

    /// <summary>DBLP and Semantic Scholar: <c>journal = {CoRR}</c> (or ArXiv) with <c>volume = {abs/2305.17333}</c>.</summary>
    private static string? ArxivFromCorrVolume(Dictionary<string, string> fields)
    {
        var journal = PlainValue(Get(fields, "journal"));
        var volume = PlainValue(Get(fields, "volume"));
        if ((string.Equals(journal, "CoRR", StringComparison.OrdinalIgnoreCase) || string.Equals(journal, "arXiv", StringComparison.OrdinalIgnoreCase))
            && volume.StartsWith("abs/", StringComparison.OrdinalIgnoreCase)
            && ArxivId.TryNormalize(volume.Substring(4), out var id))
        {
            return id;
        }

        return null;
    }

    private static bool IsYear(string s, int at)
    {
        if (at + 4 > s.Length)
        {
            return false;
        }

        for (var i = at; i < at + 4; i++)
        {
            if (s[i] < '0' || s[i] > '9')
            {
                return false;
            }
        }

        return s[at] != '0';
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>BibTeX identifiers (entry types, field and macro names): printable ASCII but <c>"#%'(),={}</c>, and not '@'.</summary>
    private static bool IsIdentChar(char c)
        => c > ' ' && c < '\u007F' && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@');

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Untrusted text quoted in a message: cleaned and cut short.</summary>
    private static string Quote(string text)
    {
        var cleaned = TextCleaner.Clean(text.Length > MaxQuoted * 4 ? text.Substring(0, MaxQuoted * 4) : text);
        return cleaned.Length > MaxQuoted ? cleaned.Substring(0, MaxQuoted) + "…" : cleaned;
    }

    /// <summary>
    /// The LaTeX subset bibliographies use, converted in one forward pass without recursion (a value
    /// of a million nested braces must not overflow the stack).
    /// </summary>
    private static class Latex
    {
        // \'e, \`a, \^o, \"o, \~n, \=a, \.z
        private static readonly Dictionary<char, char> SymbolAccents = new()
        {
            ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308',
            ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
        };

        // \c{c}, \v{s}, \u{g}, \H{o}, \k{a}, \r{a}, \d{a}, \b{a}
        private static readonly Dictionary<string, char> LetterAccents = new(StringComparer.Ordinal)
        {
            ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B',
            ["k"] = '\u0328', ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
        };

        // What an accent with an empty argument (\'{} or \~{}) prints: the accent alone.
        private static readonly Dictionary<char, char> SpacingAccents = new()
        {
            ['\u0301'] = '\u00B4', ['\u0300'] = '`', ['\u0302'] = '^', ['\u0308'] = '\u00A8',
            ['\u0303'] = '~', ['\u0304'] = '\u00AF', ['\u0307'] = '\u02D9', ['\u030C'] = '\u02C7',
            ['\u0306'] = '\u02D8', ['\u030B'] = '\u02DD', ['\u0327'] = '\u00B8', ['\u0328'] = '\u02DB',
            ['\u030A'] = '\u02DA',
        };

        // Letter commands; like every control word they swallow the spaces after them (Bj\o rn).
        private static readonly Dictionary<string, string> SpecialLetters = new(StringComparer.Ordinal)
        {
            ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ",
            ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł",
            ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
            ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        };

        // Symbols, in and out of math. These keep the space after them, which the writer of a title
        // means ("\LaTeX is"), even though TeX would swallow it; TextCleaner collapses any excess.
        private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
        {
            ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε",
            ["varepsilon"] = "ε", ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ",
            ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ",
            ["omicron"] = "ο", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ", ["varrho"] = "ϱ",
            ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ",
            ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
            ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ",
            ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
            ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["mp"] = "∓", ["leq"] = "≤", ["le"] = "≤",
            ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["sim"] = "~",
            ["infty"] = "∞", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒",
            ["leftrightarrow"] = "↔", ["ell"] = "ℓ", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑",
            ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√", ["in"] = "∈", ["subset"] = "⊂", ["cup"] = "∪",
            ["cap"] = "∩", ["forall"] = "∀", ["exists"] = "∃", ["emptyset"] = "∅", ["circ"] = "∘",
            ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["textellipsis"] = "…",
            ["textendash"] = "\u2013", ["textemdash"] = "\u2014",
            ["textquoteleft"] = "\u2018", ["textquoteright"] = "\u2019",
            ["textquotedblleft"] = "\u201C", ["textquotedblright"] = "\u201D",
            ["guillemotleft"] = "«", ["guillemotright"] = "»",
            ["copyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™",
            ["pounds"] = "£", ["euro"] = "€", ["textdegree"] = "°", ["S"] = "§", ["P"] = "¶",
            ["dag"] = "†", ["ddag"] = "‡", ["textbullet"] = "•", ["textperiodcentered"] = "·",
            ["textasciitilde"] = "~", ["textbackslash"] = "\\", ["textunderscore"] = "_",
            ["textasciicircum"] = "^", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
            ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2e",
        };

        // Commands whose argument is not text of the title: dropped with it.
        private static readonly HashSet<string> DroppedWithArgument = new(StringComparer.Ordinal)
        {
            "thanks", "footnote", "cite", "citep", "citet", "citealp", "nocite", "label", "ref", "eqref",
            "hspace", "vspace", "noopsort", "index",
        };

        // Formatting commands in math: dropped, their argument kept. Other unknown words in math are
        // operator names (\log, \max) and are kept as text.
        private static readonly HashSet<string> MathFormatting = new(StringComparer.Ordinal)
        {
            "mathrm", "mathbf", "mathit", "mathcal", "mathbb", "mathsf", "mathtt", "mathfrak", "mathscr",
            "boldsymbol", "bm", "text", "textrm", "textbf", "textit", "texttt", "textsf", "textsc", "emph",
            "mbox", "operatorname", "hat", "tilde", "bar", "vec", "overline", "underline", "widehat",
            "widetilde", "dot", "ddot", "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
            "Bigl", "Bigr", "displaystyle", "textstyle", "scriptstyle", "mathop", "mathbin", "mathrel",
            "limits", "nolimits", "quad", "qquad",
        };

        public static string ToUnicode(string latex)
        {
            if (latex.Length == 0)
            {
                return latex;
            }

            var sb = new StringBuilder(latex.Length);
            var math = false;
            var i = 0;
            var n = latex.Length;
            while (i < n)
            {
                var c = latex[i];
                switch (c)
                {
                    case '{':
                    case '}':
                        // Grouping ({MeZO} protects case from the style); it prints nothing.
                        i++;
                        break;
                    case '$':
                        math = !math;
                        i++;
                        break;
                    case '~':
                        sb.Append(' ');
                        i++;
                        break;
                    case '-':
                        var run = 1;
                        while (i + run < n && latex[i + run] == '-')
                        {
                            run++;
                        }

                        AppendDashes(sb, run);
                        i += run;
                        break;
                    case '`':
                        if (i + 1 < n && latex[i + 1] == '`')
                        {
                            sb.Append('\u201C');
                            i += 2;
                        }
                        else
                        {
                            sb.Append('\u2018');
                            i++;
                        }

                        break;
                    case '\'':
                        if (i + 1 < n && latex[i + 1] == '\'')
                        {
                            sb.Append('\u201D');
                            i += 2;
                        }
                        else
                        {
                            sb.Append('\'');
                            i++;
                        }

                        break;
                    case '\\':
                        i = Command(latex, i, sb, ref math);
                        break;
                    default:
                        sb.Append(c);
                        i++;
                        break;
                }
            }

            return NormalizeC(sb.ToString());
        }

        /// <summary>The command at <paramref name="i"/> (a backslash); returns the position after it.</summary>
        private static int Command(string latex, int i, StringBuilder sb, ref bool math)
        {
            var n = latex.Length;
            if (i + 1 >= n)
            {
                return n;
            }

            var c = latex[i + 1];
            if (IsAsciiLetter(c))
            {
                var j = i + 1;
                while (j < n && IsAsciiLetter(latex[j]))
                {
                    j++;
                }

                var name = latex.Substring(i + 1, j - i - 1);
                if (LetterAccents.TryGetValue(name, out var mark))
                {
                    return Accent(latex, SkipSpaces(latex, j), mark, sb);
                }

                if (SpecialLetters.TryGetValue(name, out var letter))
                {
                    sb.Append(letter);
                    return SkipSpaces(latex, j);
                }

                if (Symbols.TryGetValue(name, out var symbol))
                {
                    sb.Append(symbol);
                    return j;
                }

                if (DroppedWithArgument.Contains(name))
                {
                    return SkipArgument(latex, SkipOptional(latex, SkipSpaces(latex, j)));
                }

                if (name == "href")
                {
                    // \href{url}{text}: the URL is dropped, the text is read on.
                    return SkipArgument(latex, SkipSpaces(latex, j));
                }

                if (math && !MathFormatting.Contains(name))
                {
                    if (sb.Length > 0 && char.IsLetterOrDigit(sb[sb.Length - 1]))
                    {
                        sb.Append(' ');
                    }

                    sb.Append(name);
                }

                // Any other command (\textbf, \emph, \textsc, \mathrm …) prints its argument, which
                // the main loop reads on as ordinary text once the braces are dropped.
                return j;
            }

            if (SymbolAccents.TryGetValue(c, out var symbolMark))
            {
                return Accent(latex, SkipSpaces(latex, i + 2), symbolMark, sb);
            }

            switch (c)
            {
                case '&':
                case '%':
                case '$':
                case '#':
                case '_':
                case '{':
                case '}':
                    sb.Append(c);
                    break;
                case '\\':
                case ' ':
                case ',':
                case ';':
                case ':':
                case '\t':
                case '\n':
                case '\r':
                    sb.Append(' ');
                    break;
                case '!':
                case '/':
                case '-':
                case '@':
                    break;
                case '(':
                case '[':
                    math = true;
                    break;
                case ')':
                case ']':
                    math = false;
                    break;
                default:
                    sb.Append(c);
                    break;
            }

            return i + 2;
        }

        /// <summary>
        /// An accent whose argument starts at <paramref name="p"/>: a letter, <c>\i</c>/<c>\j</c>, or one
        /// of those in braces. Anything more complex drops the accent and is read on as text.
        /// </summary>
        private static int Accent(string latex, int p, char mark, StringBuilder sb)
        {
            var n = latex.Length;
            if (p < n && latex[p] == '{')
            {
                var q = SkipSpaces(latex, p + 1);
                if (q < n && latex[q] == '}')
                {
                    if (SpacingAccents.TryGetValue(mark, out var spacing))
                    {
                        sb.Append(spacing);
                    }

                    return q + 1;
                }

                if (TryBase(latex, q, out var inner, out var afterInner))
                {
                    var close = SkipSpaces(latex, afterInner);
                    if (close < n && latex[close] == '}')
                    {
                        sb.Append(inner).Append(mark);
                        return close + 1;
                    }
                }

                return p;
            }

            if (TryBase(latex, p, out var letter, out var after))
            {
                sb.Append(letter).Append(mark);
                return after;
            }

            return p;
        }

        /// <summary>A letter to accent; <c>\i</c> and <c>\j</c> become i and j so that í composes.</summary>
        private static bool TryBase(string latex, int q, out char letter, out int after)
        {
            letter = '\0';
            after = q;
            if (q >= latex.Length)
            {
                return false;
            }

            if (char.IsLetter(latex[q]))
            {
                letter = latex[q];
                after = q + 1;
                return true;
            }

            if (latex[q] == '\\' && q + 1 < latex.Length && (latex[q + 1] == 'i' || latex[q + 1] == 'j')
                && (q + 2 >= latex.Length || !IsAsciiLetter(latex[q + 2])))
            {
                letter = latex[q + 1];
                after = SkipSpaces(latex, q + 2);
                return true;
            }

            return false;
        }

        private static void AppendDashes(StringBuilder sb, int run)
        {
            for (; run >= 3; run -= 3)
            {
                sb.Append('\u2014');
            }

            if (run == 2)
            {
                sb.Append('\u2013');
            }
            else if (run == 1)
            {
                sb.Append('-');
            }
        }

        private static int SkipSpaces(string s, int p)
        {
            while (p < s.Length && char.IsWhiteSpace(s[p]))
            {
                p++;
            }

            return p;
        }

        /// <summary>Optional arguments <c>[…]</c>, looked for within a short distance so that "\cite[" repeated stays linear.</summary>
        private static int SkipOptional(string s, int p)
        {
            while (p < s.Length && s[p] == '[')
            {
                var limit = Math.Min(s.Length, p + 200);
                var close = -1;
                for (var k = p + 1; k < limit; k++)
                {
                    if (s[k] == ']')
                    {
                        close = k;
                        break;
                    }
                }

                if (close < 0)
                {
                    return p;
                }

                p = SkipSpaces(s, close + 1);
            }

            return p;
        }

        /// <summary>One argument: a balanced group (or the rest, if unbalanced), a command, or one character.</summary>
        private static int SkipArgument(string s, int p)
        {
            if (p >= s.Length)
            {
                return s.Length;
            }

            if (s[p] == '{')
            {
                var depth = 0;
                for (var k = p; k < s.Length; k++)
                {
                    if (s[k] == '{')
                    {
                        depth++;
                    }
                    else if (s[k] == '}' && --depth == 0)
                    {
                        return k + 1;
                    }
                }

                return s.Length;
            }

            if (s[p] == '\\' && p + 1 < s.Length)
            {
                var k = p + 1;
                while (k < s.Length && IsAsciiLetter(s[k]))
                {
                    k++;
                }

                return k == p + 1 ? p + 2 : k;
            }

            return p + 1;
        }

        /// <summary>Composes letter + combining accent into one character (o + ̈ → ö). Lone surrogates make Normalize throw; they are dropped.</summary>
        private static string NormalizeC(string text)
        {
            var ascii = true;
            foreach (var c in text)
            {
                if (c >= '\u0080')
                {
                    ascii = false;
                    break;
                }
            }

            if (ascii)
            {
                return text;
            }

            try
            {
                return text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                var sb = new StringBuilder(text.Length);
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        sb.Append(c);
                    }
                }

                try
                {
                    return sb.ToString().Normalize(NormalizationForm.FormC);
                }
                catch (ArgumentException)
                {
                    return sb.ToString();
                }
            }
        }
    }
}
