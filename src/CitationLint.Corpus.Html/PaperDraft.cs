using System;
using System.Collections.Generic;

namespace CitationLint.Corpus.Html;

/// <summary>
/// What one reader learned about one paper. Several readers can see the same paper on one page (an
/// arXiv page carries citation_* tags and the visible abstract), so drafts are merged before they
/// become <see cref="Paper"/>s: the reader that ran first wins each field, code URLs are pooled.
/// </summary>
internal sealed class PaperDraft
{
    public PaperDraft(string title, int line)
    {
        Title = title;
        Line = line;
    }

    public string Title { get; }

    public int Line { get; }

    public string? ArxivId { get; set; }

    /// <summary>The page's own address; used only when there is no arXiv id to build the URL from.</summary>
    public string? Url { get; set; }

    public int? Year { get; set; }

    public List<string> Authors { get; } = new();

    public string? Abstract { get; set; }

    public List<string> CodeUrls { get; } = new();

    public void Absorb(PaperDraft other)
    {
        ArxivId ??= other.ArxivId;
        Url ??= other.Url;
        Year ??= other.Year;
        if (Authors.Count == 0)
        {
            Authors.AddRange(other.Authors);
        }

        if (string.IsNullOrEmpty(Abstract))
        {
            Abstract = other.Abstract;
        }

        foreach (var url in other.CodeUrls)
        {
            PaperLinks.AddDistinct(CodeUrls, url);
        }
    }

    public Paper ToPaper()
    {
        var key = Paper.KeyFor(ArxivId, Title);
        var url = ArxivId is null ? Url : CitationLint.Corpus.ArxivId.AbsUrl(ArxivId);
        var year = Year ?? (ArxivId is null ? null : Corpus.ArxivId.YearOf(ArxivId));
        var authors = new List<string>();
        foreach (var author in Authors)
        {
            PaperLinks.AddDistinct(authors, author);
        }

        return new Paper(key, Title, aliases: null, ArxivId, url, year, authors, CodeUrls.ToArray());
    }

    /// <summary>
    /// Merges drafts of the same paper, keeping first-seen order: same arXiv id, or the same title
    /// when one of the two has no id (citation tags without <c>citation_arxiv_id</c> next to an arXiv
    /// canonical link). Two different ids never merge, even under one title.
    /// </summary>
    public static List<PaperDraft> Merge(IEnumerable<PaperDraft> drafts)
    {
        var merged = new List<PaperDraft>();
        var byId = new Dictionary<string, PaperDraft>(StringComparer.Ordinal);
        var withIdBySlug = new Dictionary<string, PaperDraft>(StringComparer.Ordinal);
        var withoutIdBySlug = new Dictionary<string, PaperDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var slug = Slug.FromTitle(draft.Title);
            if (draft.ArxivId is not null)
            {
                if (byId.TryGetValue(draft.ArxivId, out var same))
                {
                    same.Absorb(draft);
                }
                else if (withoutIdBySlug.TryGetValue(slug, out var untagged))
                {
                    untagged.Absorb(draft);
                    withoutIdBySlug.Remove(slug);
                    byId[draft.ArxivId] = untagged;
                    if (!withIdBySlug.ContainsKey(slug))
                    {
                        withIdBySlug[slug] = untagged;
                    }
                }
                else
                {
                    merged.Add(draft);
                    byId[draft.ArxivId] = draft;
                    if (!withIdBySlug.ContainsKey(slug))
                    {
                        withIdBySlug[slug] = draft;
                    }
                }
            }
            else if (withoutIdBySlug.TryGetValue(slug, out var sameTitle) || withIdBySlug.TryGetValue(slug, out sameTitle))
            {
                sameTitle.Absorb(draft);
            }
            else
            {
                merged.Add(draft);
                withoutIdBySlug[slug] = draft;
            }
        }

        return merged;
    }
}
