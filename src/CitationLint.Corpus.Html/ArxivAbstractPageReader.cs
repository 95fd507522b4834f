using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace CitationLint.Corpus.Html;

/// <summary>
/// An arXiv abstract page (arxiv.org/abs/…): <c>h1.title</c>, <c>div.authors</c>,
/// <c>blockquote.abstract</c>, each starting with a <c>span.descriptor</c> label ("Title:", "Authors:",
/// "Abstract:"). Read even when the citation_* tags are present, because only the visible abstract has
/// the real targets of its links: the text says "this https URL".
/// </summary>
internal static class ArxivAbstractPageReader
{
    public static bool Read(HtmlPage page, List<PaperDraft> drafts, List<CorpusProblem> problems)
    {
        var document = page.Document;
        var titleElement = document.QuerySelector("h1.title");
        var abstractElement = document.QuerySelector("blockquote.abstract");
        if (titleElement is null && abstractElement is null)
        {
            return false;
        }

        string? id = null;
        if (ArxivId.TryNormalize(page.Meta("citation_arxiv_id"), out var fromMeta))
        {
            id = fromMeta;
        }
        else if (PaperLinks.TryArxivId(page.Canonical, out var fromCanonical))
        {
            id = fromCanonical;
        }
        else if (PaperLinks.TryArxivId(page.OgUrl, out var fromOg))
        {
            id = fromOg;
        }

        // Class names alone are too common to identify arXiv; its address must say so too.
        if (id is null && !PaperLinks.IsArxivUrl(page.Canonical) && !PaperLinks.IsArxivUrl(page.OgUrl))
        {
            return false;
        }

        var title = titleElement is null ? string.Empty : HtmlText.StripLabel(HtmlText.Of(titleElement, IsDescriptor), "Title");
        if (title.Length == 0)
        {
            var line = HtmlPage.LineOf(titleElement ?? abstractElement);
            problems.Add(new CorpusProblem(page.File, line, $"arXiv abstract page{(id is null ? string.Empty : " for " + id)} has no title (h1.title); no paper read from it"));
            return true;
        }

        var draft = new PaperDraft(title, HtmlPage.LineOf(titleElement))
        {
            ArxivId = id,
            Year = HighwireMetaReader.FirstYear(HtmlText.Of(document.QuerySelector(".dateline"))),
            Url = id is null ? page.OwnUrl : null,
        };

        ReadAuthors(document.QuerySelector("div.authors"), draft.Authors);
        if (abstractElement is not null)
        {
            var abstractText = HtmlText.StripLabel(HtmlText.Of(abstractElement, IsDescriptor), "Abstract");
            if (abstractText.Length > 0)
            {
                draft.Abstract = abstractText;
            }

            PaperLinks.AddCodeUrls(abstractElement, draft.CodeUrls);
        }

        drafts.Add(draft);
        return true;
    }

    private static bool IsDescriptor(IElement element) => element.ClassList.Contains("descriptor");

    private static void ReadAuthors(IElement? authors, List<string> into)
    {
        if (authors is null)
        {
            return;
        }

        foreach (var link in authors.QuerySelectorAll("a"))
        {
            var name = HtmlText.Of(link);
            if (name.Length > 0)
            {
                PaperLinks.AddDistinct(into, name);
            }
        }

        if (into.Count > 0)
        {
            return;
        }

        // Saved or mirrored pages sometimes lose the search links; the names are still comma-separated.
        var text = HtmlText.StripLabel(HtmlText.Of(authors, IsDescriptor), "Authors");
        foreach (var part in text.Split(','))
        {
            var name = TextCleaner.Clean(part);
            if (name.StartsWith("and ", StringComparison.Ordinal))
            {
                name = name.Substring(4);
            }

            if (name.Length > 0)
            {
                PaperLinks.AddDistinct(into, name);
            }
        }
    }
}
