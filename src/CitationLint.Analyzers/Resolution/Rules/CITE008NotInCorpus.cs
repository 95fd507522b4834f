namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE008 (Info): nothing identifies a corpus paper, and the citation is of one outside it — a
/// strong site's citation that carries its own arXiv id, a weak site's arXiv id, or a cue with a
/// paper-like reference (DESIGN 3a.3). A lone plain word after a cue is too weak to report, and a
/// web page that is no paper identifier does not make a citation. The verdict carries the paper as
/// cited, for the fix that adds it to a project corpus.
/// </summary>
internal static class Cite008NotInCorpus
{
    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is not null || e.Ambiguous)
        {
            return null;
        }

        var site = e.Site;
        var arxiv = e.HasId && site.ArxivId is not null;
        if (e.Reference.IsEmpty)
        {
            // An arXiv id alone (the evidence reader keeps no other): it carries its own identifier, at any site.
            return At(e, site.Identifier);
        }

        if (site.IsStrong)
        {
            // "Paper: Quaxitron (arXiv:…)": a paper outside the corpus that brings its own identifier.
            return arxiv && e.IdPaper is null ? At(e, site.Identifier) : null;
        }

        if (site.Kind == SiteKind.Cue)
        {
            return arxiv || PaperLikeText.LooksLikePaper(e.Reference.Text) ? At(e, e.HasId ? site.Identifier : e.Reference) : null;
        }

        return site.Kind == SiteKind.Identifier && arxiv ? At(e, site.Identifier) : null;
    }

    /// <summary>The verdict at <paramref name="piece"/>, with the paper as cited, for the fix that adds it to a project corpus.</summary>
    private static Verdict At(Evidence e, TextPiece piece) => new Verdict(Rules.NotInCorpus, piece.Span, piece.Text).WithAddition(CorpusAddition.From(e));
}
