using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// The arXiv id table (<c>title  arxiv_id  authors  evidence</c>, tab-separated, <c>#</c> comments,
/// authors separated by <c>;</c>): ids and authors for papers that a listing gives by title only.
/// Rows are found by title key, so case and punctuation differences between table and listing do not matter.
/// </summary>
public sealed class ArxivIdTable
{
    private readonly Dictionary<string, Row> rows;

    private ArxivIdTable(Dictionary<string, Row> rows, IReadOnlyList<CorpusProblem> problems)
    {
        this.rows = rows;
        Problems = problems;
    }

    public IReadOnlyList<CorpusProblem> Problems { get; }

    public int Count => rows.Count;

    public static ArxivIdTable Read(string text, string file)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        var problems = new List<CorpusProblem>();
        var lineNumber = 0;
        foreach (var line in LineReader.Lines(text))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line[0] == '#' || line.StartsWith("title\t", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                problems.Add(new CorpusProblem(file, lineNumber, "expected 'title<TAB>arxiv_id[<TAB>authors[<TAB>evidence]]'; skipped"));
                continue;
            }

            var title = TextCleaner.Clean(fields[0]);
            if (!ArxivId.TryNormalize(fields[1], out var id))
            {
                problems.Add(new CorpusProblem(file, lineNumber, $"'{fields[1].Trim()}' is not an arXiv id; skipped"));
                continue;
            }

            var authors = new List<string>();
            if (fields.Length > 2)
            {
                foreach (var a in fields[2].Split(';'))
                {
                    var name = TextCleaner.Clean(a);
                    if (name.Length > 0)
                    {
                        authors.Add(name);
                    }
                }
            }

            var key = TextNormalizer.TitleKey(title);
            if (rows.ContainsKey(key))
            {
                problems.Add(new CorpusProblem(file, lineNumber, $"'{title}' is listed more than once; the first row is kept"));
                continue;
            }

            rows[key] = new Row(title, id, authors);
        }

        return new ArxivIdTable(rows, problems);
    }

    public bool TryFind(string title, out string arxivId, out IReadOnlyList<string> authors)
    {
        if (rows.TryGetValue(TextNormalizer.TitleKey(title), out var row))
        {
            arxivId = row.ArxivId;
            authors = row.Authors;
            return true;
        }

        arxivId = string.Empty;
        authors = Array.Empty<string>();
        return false;
    }

    private sealed class Row
    {
        public Row(string title, string arxivId, IReadOnlyList<string> authors)
        {
            Title = title;
            ArxivId = arxivId;
            Authors = authors;
        }

        public string Title { get; }

        public string ArxivId { get; }

        public IReadOnlyList<string> Authors { get; }
    }
}
