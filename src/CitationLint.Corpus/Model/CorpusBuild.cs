using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// What <c>citationlint corpus build</c> does with its inputs, in one place so that the committed
/// corpora can be checked against it: each input is one source (built on its own: repeats within it
/// merged, aliases mined where it gives none, ids from the table), and the sources merge in the order
/// given by the one policy (<see cref="CorpusMerge"/>). The papers come out ordered by key.
/// </summary>
public sealed class CorpusBuild
{
    private readonly CorpusMerge merge = new();
    private readonly List<CorpusProblem> problems = new();
    private readonly ArxivIdTable? ids;

    public CorpusBuild(ArxivIdTable? ids = null)
    {
        this.ids = ids;
        if (ids is not null)
        {
            problems.AddRange(ids.Problems);
        }
    }

    /// <summary>Entries read, repeats included.</summary>
    public int ReadCount { get; private set; }

    /// <summary>Reader and builder problems, once each (not the merge's overrides).</summary>
    public IReadOnlyList<CorpusProblem> Problems => problems;

    /// <summary>Later entries that changed an earlier one's title or id: notes, not errors.</summary>
    public IReadOnlyList<CorpusProblem> Overrides => merge.Overrides;

    /// <summary>Adds one input; returns the problems it had.</summary>
    public IReadOnlyList<CorpusProblem> Add(string path, ReadResult result)
    {
        var found = new List<CorpusProblem>();
        merge.Add(CorpusSources.ToSourcePapers(path, result, found, ids));
        ReadCount += result.Papers.Count;
        problems.AddRange(found);
        return found;
    }

    public IReadOnlyList<Paper> Papers()
    {
        var papers = new List<Paper>(merge.Papers);
        papers.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return papers;
    }

    /// <summary>The corpus TSV that <c>corpus build</c> writes.</summary>
    public string ToTsv() => PaperTsv.Write(Papers(), PaperTsv.GeneratedComment);
}
