using System;
using System.Collections.Generic;
using System.Globalization;

namespace CitationLint.Corpus;

/// <summary>
/// The facts tables of <c>../shared/corpus</c> (<c>well-known.tsv</c>): a header
/// <c>title arxiv aliases authors year wordlike evidence</c>, one paper a line, lists separated by
/// <c>|</c>. The names in <c>aliases</c> are the paper's own (read by people, not mined); the key is
/// the arXiv id, else a slug of the title; <c>evidence</c> (where the pair was read) is provenance and
/// is not kept.
/// </summary>
public static class FactTableReader
{
    private static readonly string[] Columns = { "title", "arxiv", "aliases", "authors", "year", "wordlike", "evidence", "titles" };

    /// <summary>True when the first line that is not a comment is a facts-table header (a title and an arXiv column, no key).</summary>
    public static bool LooksLikeFactTable(string text)
    {
        foreach (var line in LineReader.Lines(text))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            return Array.IndexOf(fields, "key") < 0 && Array.IndexOf(fields, "title") >= 0 && Array.IndexOf(fields, "arxiv") >= 0;
        }

        return false;
    }

    public static ReadResult Read(string text, string file)
    {
        var papers = new List<SourcePaper>();
        var problems = new List<CorpusProblem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var map = (int[]?)null;
        var lineNumber = 0;
        foreach (var line in LineReader.Lines(text))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (map is null)
            {
                map = new int[Columns.Length];
                for (var c = 0; c < Columns.Length; c++)
                {
                    map[c] = Array.IndexOf(fields, Columns[c]);
                }

                if (map[0] < 0)
                {
                    problems.Add(new CorpusProblem(file, lineNumber, "a facts table needs a header with a 'title' column; nothing read"));
                    return new ReadResult(papers, problems);
                }

                continue;
            }

            var title = Field(fields, map[0]);
            if (title.Length == 0)
            {
                problems.Add(new CorpusProblem(file, lineNumber, "row has no title; skipped"));
                continue;
            }

            string? arxiv = null;
            var idText = Field(fields, map[1]);
            if (idText.Length > 0)
            {
                if (ArxivId.TryNormalize(idText, out var id))
                {
                    arxiv = id;
                }
                else
                {
                    problems.Add(new CorpusProblem(file, lineNumber, $"'{idText}' is not an arXiv id; '{title}' is kept without one"));
                }
            }

            int? year = null;
            var yearText = Field(fields, map[4]);
            if (yearText.Length > 0)
            {
                if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1000 && y <= 9999)
                {
                    year = y;
                }
                else
                {
                    problems.Add(new CorpusProblem(file, lineNumber, $"'{yearText}' is not a year; '{title}' is kept without one"));
                }
            }

            var key = Paper.KeyFor(arxiv, title);
            if (!keys.Add(key))
            {
                problems.Add(new CorpusProblem(file, lineNumber, $"key '{key}' appears more than once in this file; the first row is kept"));
                continue;
            }

            var url = arxiv is null ? null : ArxivId.AbsUrl(arxiv);
            var paper = new Paper(key, title, List(Field(fields, map[2])), arxiv, url, year, List(Field(fields, map[3])), null, PaperTsv.IsYes(Field(fields, map[5])), otherTitles: List(Field(fields, map[7])));
            papers.Add(new SourcePaper(paper, file, lineNumber));
        }

        return new ReadResult(papers, problems);
    }

    private static string Field(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index].Trim() : string.Empty;

    private static IReadOnlyList<string> List(string field)
    {
        if (field.Length == 0)
        {
            return Array.Empty<string>();
        }

        var list = new List<string>();
        foreach (var part in field.Split('|'))
        {
            var item = part.Trim();
            if (item.Length > 0 && !list.Contains(item))
            {
                list.Add(item);
            }
        }

        return list;
    }
}
