using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>Picks the reader for a corpus file by its name.</summary>
public static class CorpusSources
{
    /// <summary>True for the names the analyzer takes from AdditionalFiles: <c>*.papers.tsv</c>, <c>*.papers.txt</c>, <c>*.bib</c>.</summary>
    public static bool IsCorpusFile(string path)
        => path.EndsWith(PaperTsv.Extension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(ListingTextReader.Extension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(BibTexReader.Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The papers a source contributes, its problems added to <paramref name="problems"/> once each:
    /// a corpus TSV or facts table as written (its aliases are its own); listings, BibTeX and HTML
    /// through a <see cref="CorpusBuilder"/>, which merges repeats within the source and mines aliases
    /// from titles and abstracts. Sources are then merged by <see cref="CorpusMerge"/>.
    /// </summary>
    public static IReadOnlyList<Paper> ToPapers(string path, ReadResult result, List<CorpusProblem> problems)
    {
        var sourced = ToSourcePapers(path, result, problems);
        var papers = new List<Paper>(sourced.Count);
        foreach (var p in sourced)
        {
            papers.Add(p.Paper);
        }

        return papers;
    }

    /// <summary>As <see cref="ToPapers"/>, with the file and line of each paper's entry.</summary>
    public static IReadOnlyList<SourcePaper> ToSourcePapers(string path, ReadResult result, List<CorpusProblem> problems, ArxivIdTable? ids = null)
        => WithinLimits(Read(path, result, problems, ids), problems);

    private static IReadOnlyList<SourcePaper> Read(string path, ReadResult result, List<CorpusProblem> problems, ArxivIdTable? ids)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            problems.AddRange(result.Problems);
            var completed = new List<SourcePaper>(result.Papers.Count);
            foreach (var p in result.Papers)
            {
                completed.Add(Complete(p));
            }

            return completed;
        }

        // The builder's problems include the reader's.
        var builder = new CorpusBuilder();
        if (ids is not null)
        {
            builder.WithIds(ids);
        }

        var built = builder.Add(result).BuildSourced();
        foreach (var problem in builder.Problems)
        {
            // The id table's own problems are its reader's to report, once, not each source's.
            if (ids is null || !Contains(ids.Problems, problem))
            {
                problems.Add(problem);
            }
        }

        return built;
    }

    /// <summary>
    /// No title is longer than <see cref="Paper.MaxTitleLength"/> and no name than
    /// <see cref="Paper.MaxNameLength"/> (the longest real ones are a fifth of that): a paper past the
    /// first is skipped, a name past the second dropped, each reported at its entry. Nothing that long
    /// could be cited, and fixes would write it into code.
    /// </summary>
    private static IReadOnlyList<SourcePaper> WithinLimits(IReadOnlyList<SourcePaper> papers, List<CorpusProblem> problems)
    {
        List<SourcePaper>? kept = null;
        for (var i = 0; i < papers.Count; i++)
        {
            var source = papers[i];
            var p = source.Paper;
            var within = Within(p, out var names);
            if (within && names is null)
            {
                kept?.Add(source);
                continue;
            }

            if (kept is null)
            {
                kept = new List<SourcePaper>(papers.Count);
                for (var j = 0; j < i; j++)
                {
                    kept.Add(papers[j]);
                }
            }

            if (!within)
            {
                problems.Add(new CorpusProblem(source.File, source.Line, $"the title of '{Shorten(p.Key)}' is {p.Title.Length} characters long (at most {Paper.MaxTitleLength}); the paper is skipped"));
                continue;
            }

            var what = names!.Count < p.Aliases.Count ? $"a name of '{Shorten(p.Key)}' is longer than {Paper.MaxNameLength} characters" : $"another title of '{Shorten(p.Key)}' is longer than {Paper.MaxTitleLength} characters";
            problems.Add(new CorpusProblem(source.File, source.Line, what + "; it is dropped"));
            kept.Add(new SourcePaper(p.With(aliases: names!, otherTitles: Short(p.OtherTitles, Paper.MaxTitleLength)), source.File, source.Line, source.Abstract));
        }

        return kept ?? papers;
    }

    /// <summary>Whether the title is within its limit; <paramref name="names"/> is the names within theirs when one is not, else null.</summary>
    private static bool Within(Paper p, out IReadOnlyList<string>? names)
    {
        names = null;
        if (p.Title.Length > Paper.MaxTitleLength)
        {
            return false;
        }

        foreach (var a in p.Aliases)
        {
            if (a.Length > Paper.MaxNameLength)
            {
                names = Short(p.Aliases, Paper.MaxNameLength);
                return true;
            }
        }

        foreach (var t in p.OtherTitles)
        {
            if (t.Length > Paper.MaxTitleLength)
            {
                names = p.Aliases;
                return true;
            }
        }

        return true;
    }

    private static IReadOnlyList<string> Short(IReadOnlyList<string> items, int max)
    {
        var kept = new List<string>(items.Count);
        foreach (var s in items)
        {
            if (s.Length <= max)
            {
                kept.Add(s);
            }
        }

        return kept;
    }

    private static string Shorten(string key) => key.Length <= 80 ? key : key.Substring(0, 80) + "…";

    /// <summary>A paper with an arXiv id and no URL or year gets the canonical URL and the id's year, as the builder gives them.</summary>
    private static SourcePaper Complete(SourcePaper source)
    {
        var p = source.Paper;
        if (p.ArxivId is null || p.Url is not null && p.Year is not null)
        {
            return source;
        }

        var completed = p.With(url: p.Url ?? ArxivId.AbsUrl(p.ArxivId), year: p.Year ?? ArxivId.YearOf(p.ArxivId));
        return new SourcePaper(completed, source.File, source.Line, source.Abstract);
    }

    private static bool Contains(IReadOnlyList<CorpusProblem> list, CorpusProblem problem)
    {
        foreach (var p in list)
        {
            if (ReferenceEquals(p, problem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads <paramref name="text"/> with the reader its name calls for: <c>.tsv</c> as corpus TSV (or,
    /// by its header, as a facts table like <c>well-known.tsv</c>),
    /// <c>.bib</c> as BibTeX, <c>.txt</c> as listing text. Null for any other name.
    /// </summary>
    public static ReadResult? Read(string path, string text)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return FactTableReader.LooksLikeFactTable(text) ? FactTableReader.Read(text, path) : PaperTsv.Read(text, path);
        }

        if (path.EndsWith(BibTexReader.Extension, StringComparison.OrdinalIgnoreCase))
        {
            return BibTexReader.Read(text, path);
        }

        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return ListingTextReader.Read(text, path);
        }

        return null;
    }
}
