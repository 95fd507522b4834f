using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace CitationLint.Corpus.Html;

/// <summary>
/// A daily-papers listing (huggingface.co/papers): one <c>&lt;article&gt;</c> card a paper. A card
/// links to its paper several times (thumbnail, title, "12 comments", the upvote count), so the title
/// is the link inside a heading, else the longest link text that reads like a title.
/// </summary>
internal static class DailyPapersListingReader
{
    /// <summary>A count and one word: "12 comments", "1.2k upvotes".</summary>
    private static readonly Regex Counter = new(@"^[\d.,]+\s*[kKmM]?\s*\p{L}*$", RegexOptions.CultureInvariant);

    private const int MaxTitleLength = 400;

    public static bool HasCards(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll("article a[href]"))
        {
            if (PaperLinks.TryPapersId(link.GetAttribute("href"), out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="tryHeadingLinks">
    /// Whether to fall back, on a page without cards, to /papers/&lt;id&gt; links in headings; off when
    /// another reader already recognised the page, whose related-paper links are not its papers.
    /// </param>
    public static bool Read(HtmlPage page, bool tryHeadingLinks, List<PaperDraft> drafts, List<CorpusProblem> problems)
    {
        var sawCard = false;
        foreach (var card in page.Document.QuerySelectorAll("article"))
        {
            var links = new List<PaperLink>();
            foreach (var link in card.QuerySelectorAll("a[href]"))
            {
                // A card nested in this one is read on its own.
                if (PaperLinks.TryPapersId(link.GetAttribute("href"), out var id) && ReferenceEquals(HtmlPage.Ancestor(link, IsArticle), card))
                {
                    links.Add(new PaperLink(link, id));
                }
            }

            if (links.Count > 0)
            {
                sawCard = true;
                ReadCard(page, card, links, drafts, problems);
            }
        }

        if (!sawCard && tryHeadingLinks)
        {
            return ReadHeadingLinks(page, drafts);
        }

        return sawCard;
    }

    private static void ReadCard(HtmlPage page, IElement card, List<PaperLink> links, List<PaperDraft> drafts, List<CorpusProblem> problems)
    {
        PaperLink? chosen = null;
        var title = string.Empty;
        foreach (var link in links)
        {
            var heading = HtmlPage.Ancestor(link.Element, HtmlPage.IsHeading, stop: card);
            if (heading is null)
            {
                continue;
            }

            var text = HtmlText.Of(link.Element, IsArticle);
            if (!LooksLikeTitle(text))
            {
                text = HtmlText.Of(heading, IsArticle);
            }

            if (LooksLikeTitle(text))
            {
                chosen = link;
                title = text;
                break;
            }
        }

        if (chosen is null)
        {
            foreach (var link in links)
            {
                var text = HtmlText.Of(link.Element, IsArticle);
                if (LooksLikeTitle(text) && text.Length > title.Length)
                {
                    chosen = link;
                    title = text;
                }
            }
        }

        if (chosen is null)
        {
            problems.Add(new CorpusProblem(page.File, HtmlPage.LineOf(card), $"daily-papers card linking to /papers/{links[0].Id} has no title; skipped"));
            return;
        }

        var draft = new PaperDraft(title, HtmlPage.LineOf(card)) { ArxivId = chosen.Id };

        // The summary is the card's longest paragraph; the one holding the title link is the title.
        IElement? summary = null;
        var summaryText = string.Empty;
        foreach (var paragraph in card.QuerySelectorAll("p"))
        {
            if (paragraph.Contains(chosen.Element) || !ReferenceEquals(HtmlPage.Ancestor(paragraph, IsArticle), card))
            {
                continue;
            }

            var text = HtmlText.Of(paragraph, IsArticle);
            if (text.Length > summaryText.Length && !string.Equals(text, title, StringComparison.Ordinal))
            {
                summary = paragraph;
                summaryText = text;
            }
        }

        if (summary is not null)
        {
            draft.Abstract = summaryText;
            PaperLinks.AddCodeUrls(summary, draft.CodeUrls);
        }

        drafts.Add(draft);
    }

    private static bool ReadHeadingLinks(HtmlPage page, List<PaperDraft> drafts)
    {
        var found = false;
        foreach (var heading in page.Document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            foreach (var link in heading.QuerySelectorAll("a[href]"))
            {
                if (!PaperLinks.TryPapersId(link.GetAttribute("href"), out var id))
                {
                    continue;
                }

                var text = HtmlText.Of(link);
                if (!LooksLikeTitle(text))
                {
                    text = HtmlText.Of(heading);
                }

                if (LooksLikeTitle(text))
                {
                    drafts.Add(new PaperDraft(text, HtmlPage.LineOf(heading)) { ArxivId = id });
                    found = true;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Link texts that are not titles: empty (images), counters, bare ids, whole paragraphs.</summary>
    private static bool LooksLikeTitle(string text)
    {
        if (text.Length < 3 || text.Length > MaxTitleLength || Counter.IsMatch(text) || ArxivId.TryNormalize(text, out _))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && ++letters >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArticle(IElement element) => element.LocalName == "article";

    private sealed class PaperLink
    {
        public PaperLink(IElement element, string id)
        {
            Element = element;
            Id = id;
        }

        public IElement Element { get; }

        public string Id { get; }
    }
}
