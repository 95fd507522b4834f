using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// Merges papers read from any mix of sources into one corpus: repeats of a paper (same arXiv id,
/// or same title key) become one entry, ids and authors come from an <see cref="ArxivIdTable"/>,
/// aliases are mined from titles and abstracts where the source gave none.
/// </summary>
public sealed class CorpusBuilder
{
    private readonly List<Entry> entries = new();
    private readonly Dictionary<string, Entry> byTitleKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> byArxivId = new(StringComparer.Ordinal);
    private readonly List<CorpusProblem> problems = new();
    private ArxivIdTable? ids;

    /// <summary>Papers read, repeats included.</summary>
    public int ReadCount { get; private set; }

    /// <summary>Repeats merged into an earlier entry.</summary>
    public int MergedCount { get; private set; }

    public IReadOnlyList<CorpusProblem> Problems => problems;

    public CorpusBuilder WithIds(ArxivIdTable table)
    {
        ids = table;
        problems.AddRange(table.Problems);
        return this;
    }

    public CorpusBuilder Add(ReadResult result)
    {
        problems.AddRange(result.Problems);
        foreach (var source in result.Papers)
        {
            ReadCount++;
            var paper = source.Paper;
            var titleKey = TextNormalizer.TitleKey(paper.Title);
            if (paper.ArxivId is not null && byArxivId.TryGetValue(paper.ArxivId, out var sameId)
                || byTitleKey.TryGetValue(titleKey, out sameId))
            {
                sameId.Merge(source);
                MergedCount++;
                Index(sameId);
                continue;
            }

            var entry = new Entry(source, titleKey);
            entries.Add(entry);
            Index(entry);
        }

        return this;
    }

    /// <summary>The merged papers, ordered by key (ordinal) so that the written corpus is stable.</summary>
    public IReadOnlyList<Paper> Build()
    {
        var sourced = BuildSourced();
        var result = new List<Paper>(sourced.Count);
        foreach (var s in sourced)
        {
            result.Add(s.Paper);
        }

        return result;
    }

    /// <summary>The merged papers with the file and line of each one's first entry, ordered by key.</summary>
    public IReadOnlyList<SourcePaper> BuildSourced()
    {
        var result = new List<SourcePaper>(entries.Count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var paper = e.ToPaper(ids);
            if (!keys.Add(paper.Key))
            {
                problems.Add(new CorpusProblem(e.File, e.Line, $"'{paper.Title}' has the key '{paper.Key}' of another paper; skipped"));
                continue;
            }

            result.Add(new SourcePaper(paper, e.File, e.Line));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Paper.Key, b.Paper.Key));
        return result;
    }

    private void Index(Entry e)
    {
        byTitleKey[e.TitleKey] = e;
        if (e.ArxivId is not null)
        {
            byArxivId[e.ArxivId] = e;
        }
    }

    private sealed class Entry
    {
        private readonly List<string> aliases = new();
        private readonly List<string> codeUrls = new();
        private readonly List<string> otherTitles = new();
        private Paper paper;
        private string? abstractText;

        public Entry(SourcePaper source, string titleKey)
        {
            paper = source.Paper;
            TitleKey = titleKey;
            File = source.File;
            Line = source.Line;
            abstractText = source.Abstract;
            aliases.AddRange(paper.Aliases);
            codeUrls.AddRange(paper.CodeUrls);
            otherTitles.AddRange(paper.OtherTitles);
        }

        public string TitleKey { get; }

        public string File { get; }

        public int Line { get; }

        public string? ArxivId => paper.ArxivId;

        public void Merge(SourcePaper other)
        {
            var p = other.Paper;
            AddAll(aliases, p.Aliases);
            AddAll(codeUrls, p.CodeUrls);
            AddAll(otherTitles, p.OtherTitles);
            if (abstractText is null || other.Abstract is not null && other.Abstract.Length > abstractText.Length)
            {
                abstractText = other.Abstract ?? abstractText;
            }

            // Fill what the first source lacked; the first source's title spelling stays.
            paper = paper.With(
                arxivId: paper.ArxivId ?? p.ArxivId,
                url: paper.Url ?? p.Url,
                year: paper.Year ?? p.Year,
                authors: paper.Authors.Count > 0 ? paper.Authors : p.Authors,
                wordLike: paper.WordLike || p.WordLike,
                bibKey: paper.BibKey ?? p.BibKey);
        }

        public Paper ToPaper(ArxivIdTable? ids)
        {
            var arxiv = paper.ArxivId;
            var authors = paper.Authors;
            if (ids is not null && ids.TryFind(paper.Title, out var tableId, out var tableAuthors))
            {
                arxiv ??= tableId;
                if (authors.Count == 0)
                {
                    authors = tableAuthors;
                }
            }

            var mined = new List<string>(aliases);
            if (mined.Count == 0)
            {
                AddAll(mined, AliasMiner.Mine(paper.Title, abstractText));
            }

            var canonical = arxiv is null ? paper.Url : CitationLint.Corpus.ArxivId.AbsUrl(arxiv);
            return new Paper(
                Paper.KeyFor(arxiv, paper.Title),
                paper.Title,
                mined,
                arxiv,
                canonical,
                paper.Year ?? (arxiv is null ? null : CitationLint.Corpus.ArxivId.YearOf(arxiv)),
                authors,
                codeUrls,
                paper.WordLike,
                paper.BibKey,
                otherTitles);
        }

        private static void AddAll(List<string> to, IReadOnlyList<string> from)
        {
            foreach (var s in from)
            {
                if (!to.Contains(s))
                {
                    to.Add(s);
                }
            }
        }
    }
}
