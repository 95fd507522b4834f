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

    /// <summary>
    /// Names that more than one paper of the merged corpus carries (compared as lookups compare them:
    /// folded), each with its papers in key order: at a site such a name alone is ambiguous (CITE005).
    /// Not an error (two papers may share a short name); <c>corpus build</c> reports each as a conflict.
    /// </summary>
    public IReadOnlyList<(string Alias, IReadOnlyList<Paper> Papers)> SharedAliases()
    {
        var byName = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paper in Papers())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in paper.Aliases)
            {
                var key = TextNormalizer.FoldForComparison(alias);
                if (key.Length == 0 || !seen.Add(key))
                {
                    continue;
                }

                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = new List<Paper>();
                    written[key] = alias;
                }

                list.Add(paper);
            }
        }

        var shared = new List<(string, IReadOnlyList<Paper>)>();
        foreach (var entry in byName)
        {
            if (entry.Value.Count > 1)
            {
                shared.Add((written[entry.Key], entry.Value));
            }
        }

        shared.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return shared;
    }

    /// <summary>The corpus TSV that <c>corpus build</c> writes.</summary>
    public string ToTsv() => PaperTsv.Write(Papers(), PaperTsv.GeneratedComment);
}
