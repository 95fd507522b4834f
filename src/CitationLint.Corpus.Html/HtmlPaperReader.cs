using System;
using System.Collections.Generic;
using AngleSharp.Html.Parser;

namespace CitationLint.Corpus.Html;

/// <summary>
/// Reads papers from a saved HTML page, into the same model as the other corpus readers. Four kinds of
/// page are recognised, tried in this order, and one page may be several at once (an arXiv abstract
/// page also carries citation_* tags): Highwire <c>citation_*</c> meta tags, an arXiv abstract page, a
/// daily-papers paper page, a daily-papers listing. What they find is merged by arXiv id (or by title
/// where one side has no id), the earlier kind winning each field, so a paper appears once.
/// Nothing is fetched: the parser runs without loaders, so links, scripts and styles stay unresolved.
/// </summary>
public static class HtmlPaperReader
{
    internal const string NoPaperMessage = "no paper found: the page has no citation_* meta tags, no arXiv abstract and no /papers/<id> links";

    /// <summary>Reads <paramref name="html"/>; problems are reported in the result, never thrown.</summary>
    public static ReadResult Read(string html, string file)
    {
        var papers = new List<SourcePaper>();
        var problems = new List<CorpusProblem>();
        file ??= string.Empty;
        if (string.IsNullOrWhiteSpace(html))
        {
            problems.Add(new CorpusProblem(file, 0, NoPaperMessage));
            return new ReadResult(papers, problems);
        }

        try
        {
            var drafts = new List<PaperDraft>();
            var recognised = ReadDrafts(html, file, drafts, problems);
            foreach (var draft in PaperDraft.Merge(drafts))
            {
                papers.Add(new SourcePaper(draft.ToPaper(), file, draft.Line, draft.Abstract));
            }

            if (!recognised)
            {
                problems.Add(new CorpusProblem(file, 0, NoPaperMessage));
            }
        }
        catch (Exception ex)
        {
            // The readers are written not to throw; this keeps one bad page from stopping a whole corpus
            // build if a parser corner case does.
            papers.Clear();
            problems.Add(new CorpusProblem(file, 0, $"could not read the page as HTML ({ex.GetType().Name}: {ex.Message})"));
        }

        return new ReadResult(papers, problems);
    }

    private static bool ReadDrafts(string html, string file, List<PaperDraft> drafts, List<CorpusProblem> problems)
    {
        var markup = MarkupGuard.Tame(html, out var changedLine);
        if (!ReferenceEquals(markup, html))
        {
            problems.Add(new CorpusProblem(
                file,
                changedLine,
                $"the markup is broken far beyond real pages (more than {MarkupGuard.MaxDepth} nested elements, "
                + $"{MarkupGuard.MaxOpenFormatting} unclosed formatting tags or {MarkupGuard.MaxAttributes} attributes on a tag); "
                + "formatting tags and the excess tags were ignored, the rest was read"));
        }

        // Source references give problems and papers a line; comments are never read, so skip them.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, SkipComments = true });
        using var document = parser.ParseDocument(markup);
        var page = new HtmlPage(document, file);

        var highwire = HighwireMetaReader.Read(page, drafts, problems);
        var arxiv = ArxivAbstractPageReader.Read(page, drafts, problems);
        var paperPage = DailyPaperPageReader.Read(page, drafts, problems);
        var listing = DailyPapersListingReader.Read(page, tryHeadingLinks: !(highwire || arxiv || paperPage), drafts, problems);
        return highwire || arxiv || paperPage || listing;
    }
}
