using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// The one merge policy (DESIGN 2), the same in the analyzer and the CLI: sources are added in order
/// (embedded corpora first, then files in path order); an entry with the same key, arXiv id or title
/// key as an earlier one merges into it field by field — a later source wins a conflicting field,
/// aliases and code URLs are united — and a later entry that changes an earlier one's title or
/// arXiv id is reported at its file and line (<see cref="CorpusProblem.IsOverride"/>). An alias that
/// several papers share stays on each of them.
/// </summary>
public sealed class CorpusMerge
{
    private readonly List<Paper> papers = new();
    private readonly List<string?> origins = new();
    private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byArxiv = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byTitleKey = new(StringComparer.Ordinal);
    private readonly List<CorpusProblem> overrides = new();

    /// <summary>Papers in first-seen order, merged.</summary>
    public IReadOnlyList<Paper> Papers => papers;

    /// <summary>Later entries that changed an earlier entry's title or id, at their line.</summary>
    public IReadOnlyList<CorpusProblem> Overrides => overrides;

    /// <summary>Adds a source whose entries have no place to report at (an embedded corpus).</summary>
    public CorpusMerge Add(IEnumerable<Paper> source)
    {
        foreach (var p in source)
        {
            Add(p, null, 0);
        }

        return this;
    }

    /// <summary>Adds a source read from a file; an override is reported at its entry's line.</summary>
    public CorpusMerge Add(IEnumerable<SourcePaper> source)
    {
        foreach (var p in source)
        {
            Add(p.Paper, p.File, p.Line);
        }

        return this;
    }

    public PaperCorpus ToCorpus() => new(papers);

    private void Add(Paper later, string? file, int line)
    {
        var titleKey = TextNormalizer.TitleKey(later.Title);
        if (!byKey.TryGetValue(later.Key, out var at)
            && !(later.ArxivId is not null && byArxiv.TryGetValue(later.ArxivId, out at))
            && !byTitleKey.TryGetValue(titleKey, out at))
        {
            at = papers.Count;
            papers.Add(later);
            origins.Add(file);
            Index(at, later, titleKey);
            return;
        }

        var earlier = papers[at];
        if (file is not null)
        {
            var from = origins[at] is { } o ? " (from " + System.IO.Path.GetFileName(o) + ")" : " (from an embedded corpus)";
            if (!string.Equals(earlier.Title, later.Title, StringComparison.Ordinal))
            {
                overrides.Add(new CorpusProblem(file, line, $"this entry changes the title of '{earlier.Key}'{from} from \"{earlier.Title}\" to \"{later.Title}\"", isOverride: true));
            }

            if (earlier.ArxivId is not null && later.ArxivId is not null && earlier.ArxivId != later.ArxivId)
            {
                overrides.Add(new CorpusProblem(file, line, $"this entry changes the arXiv id of '{earlier.Key}'{from} from {earlier.ArxivId} to {later.ArxivId}", isOverride: true));
            }
        }

        var merged = Fields(earlier, later);
        papers[at] = merged;
        origins[at] = file ?? origins[at];
        Index(at, merged, titleKey);
    }

    /// <summary>Field by field: the later entry wins a field it gives; lists of names, other titles and code are united.</summary>
    public static Paper Fields(Paper earlier, Paper later)
    {
        var idChanged = later.ArxivId is not null && later.ArxivId != earlier.ArxivId;
        return new Paper(
            earlier.Key,
            later.Title,
            Union(earlier.Aliases, later.Aliases),
            later.ArxivId ?? earlier.ArxivId,
            later.Url ?? (idChanged ? null : earlier.Url),
            later.Year ?? earlier.Year,
            later.Authors.Count > 0 ? later.Authors : earlier.Authors,
            Union(earlier.CodeUrls, later.CodeUrls),
            earlier.WordLike || later.WordLike,
            later.BibKey ?? earlier.BibKey,
            Union(earlier.OtherTitles, later.OtherTitles));
    }

    private void Index(int at, Paper paper, string titleKey)
    {
        byKey[paper.Key] = at;
        if (paper.ArxivId is not null)
        {
            byArxiv[paper.ArxivId] = at;
        }

        byTitleKey[titleKey] = at;
    }

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        var list = new List<string>(a);
        foreach (var s in b)
        {
            if (!list.Contains(s))
            {
                list.Add(s);
            }
        }

        return list;
    }
}
