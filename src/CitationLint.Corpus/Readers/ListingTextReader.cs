using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// Reads the plain-text dump of a daily-papers listing page (<c>*.papers.txt</c>): a title line
/// followed by its abstract paragraph, with page furniture around the entries, blank lines or not
/// between them, a title sometimes glued to the furniture before it (<c>SubscribeMACE: …</c>), and
/// the same paper listed more than once. Entries come back in file order, repeats included; merging
/// repeats is the corpus builder's job.
/// </summary>
public static class ListingTextReader
{
    public const string Extension = ".papers.txt";

    /// <summary>A title is a short line: at most this many characters.</summary>
    private const int MaxTitleLength = 300;

    /// <summary>An abstract is a paragraph: at least this many characters (the shortest seed abstract is far longer).</summary>
    private const int MinAbstractLength = 180;

    private static readonly string[] Furniture =
    {
        "new",
        "subscribe",
        "daily papers",
        "byak and the research community",
        "get trending papers in your email inbox!",
        "get trending papers in your email inbox once a day!",
        "submit",
        "previous",
        "next",
        "papers",
        "trending",
        "search",
    };

    // Furniture that a page dump glues to the following title ("SubscribeMACE: …").
    private static readonly string[] GluedPrefixes = { "Subscribe", "Daily Papers", "new" };

    private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    public static ReadResult Read(string text, string file)
    {
        var papers = new List<SourcePaper>();
        var problems = new List<CorpusProblem>();

        if (LineReader.IsBinary(text))
        {
            problems.Add(new CorpusProblem(file, 1, "the file holds binary data, not listing text; nothing read"));
            return new ReadResult(papers, problems);
        }

        string? pendingTitle = null;
        var pendingTitleLine = 0;
        SourcePaper? last = null;
        var lastAbstractLine = -1;
        var lineNumber = 0;

        foreach (var raw in LineReader.Lines(text))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (LineReader.LooksBinary(line))
            {
                problems.Add(new CorpusProblem(file, lineNumber, "line holds binary data, not listing text; skipped"));
                continue;
            }

            if (IsFurniture(line))
            {
                continue;
            }

            line = StripGluedFurniture(line);
            if (IsAbstract(line))
            {
                if (pendingTitle is not null)
                {
                    last = MakeEntry(pendingTitle, line, file, pendingTitleLine, problems);
                    if (last is not null)
                    {
                        papers.Add(last);
                    }

                    lastAbstractLine = lineNumber;
                    pendingTitle = null;
                }
                else if (last is not null && lastAbstractLine >= 0)
                {
                    // A second paragraph of the same abstract.
                    var merged = new SourcePaper(last.Paper, last.File, last.Line, last.Abstract + " " + TextCleaner.Clean(line));
                    papers[papers.Count - 1] = merged;
                    last = merged;
                    lastAbstractLine = lineNumber;
                }
                else
                {
                    problems.Add(new CorpusProblem(file, lineNumber, "a paragraph without a title line before it; skipped"));
                }

                continue;
            }

            if (pendingTitle is not null)
            {
                problems.Add(new CorpusProblem(file, pendingTitleLine, $"'{Shorten(pendingTitle)}' has no abstract after it; not read as a paper"));
            }

            pendingTitle = line;
            pendingTitleLine = lineNumber;
            lastAbstractLine = -1;
        }

        if (pendingTitle is not null)
        {
            problems.Add(new CorpusProblem(file, pendingTitleLine, $"'{Shorten(pendingTitle)}' has no abstract after it; not read as a paper"));
        }

        return new ReadResult(papers, problems);
    }

    private static SourcePaper? MakeEntry(string titleLine, string abstractLine, string file, int line, List<CorpusProblem> problems)
    {
        var title = TextCleaner.Clean(titleLine);
        if (title.Length > MaxTitleLength)
        {
            problems.Add(new CorpusProblem(file, line, "title line is longer than a title can be; skipped"));
            return null;
        }

        var abstractText = TextCleaner.Clean(abstractLine);
        var paper = new Paper(Slug.FromTitle(title), title, codeUrls: CodeUrls.Find(abstractText));
        return new SourcePaper(paper, file, line, abstractText);
    }

    private static bool IsAbstract(string line)
    {
        if (line.Length > MaxTitleLength)
        {
            return true;
        }

        if (line.Length < MinAbstractLength)
        {
            return false;
        }

        // Between the two lengths: a paragraph has sentences; a long title has none.
        var sentenceEnds = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == ' ' && (line[i - 1] == '.' || line[i - 1] == '?' || line[i - 1] == '!'))
            {
                sentenceEnds++;
            }
        }

        return sentenceEnds >= 1 || line[line.Length - 1] == '.';
    }

    internal static bool IsFurniture(string line)
    {
        foreach (var f in Furniture)
        {
            if (string.Equals(line, f, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsDate(line) || IsCount(line);
    }

    /// <summary>"Jul 11", "Jul 11, 2024", "11 Jul 2024".</summary>
    private static bool IsDate(string line)
    {
        if (line.Length > 16)
        {
            return false;
        }

        var hasMonth = false;
        foreach (var part in line.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length == 3 && Array.IndexOf(Months, part.ToLowerInvariant()) >= 0)
            {
                hasMonth = true;
                continue;
            }

            foreach (var c in part)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }
        }

        return hasMonth;
    }

    /// <summary>Upvote and comment counters: "42", "· 3".</summary>
    private static bool IsCount(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsDigit(c) && c != '·' && c != ' ' && c != ',')
            {
                return false;
            }
        }

        return true;
    }

    private static string StripGluedFurniture(string line)
    {
        foreach (var prefix in GluedPrefixes)
        {
            if (line.Length > prefix.Length + 1
                && line.StartsWith(prefix, StringComparison.Ordinal)
                && (char.IsUpper(line[prefix.Length]) || char.IsDigit(line[prefix.Length])))
            {
                return line.Substring(prefix.Length);
            }
        }

        return line;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s.Substring(0, 77) + "...";
}
