using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// Decides what a citation site deserves: nothing, or one finding of one rule with its fix data.
/// Knows the corpus index and the options; knows nothing of syntax trees or files.
/// </summary>
internal sealed partial class CitationResolver
{
    /// <summary>A single candidate at least this good, clear of the next one, is applied unattended.</summary>
    private const double ConfidentScore = 0.8;
    private const double ConfidentGap = 0.08;
    private const int MaxCandidates = 3;

    private readonly CorpusIndex index;
    private readonly UrlStyle urlStyle;

    private readonly Resolution.AuthorsAndYear authorsAndYear;

    public CitationResolver(CorpusIndex index, UrlStyle urlStyle)
    {
        authorsAndYear = Resolution.AuthorsAndYear.For(index);
        this.index = index;
        this.urlStyle = urlStyle;
    }

    /// <summary>Attribute data for fixes: the literals given, where named arguments go, and which the attribute type has.</summary>
    public sealed class AttributeParts
    {
        public TextPiece Title { get; set; }

        public TextPiece Url { get; set; }

        public TextPiece ArxivId { get; set; }

        public bool Verbatim { get; set; }

        /// <summary>Where named arguments are inserted: just before the closing parenthesis.</summary>
        public int InsertAt { get; set; }

        public bool HasTitleProperty { get; set; }

        public bool HasUrlProperty { get; set; }

        /// <summary>The positional argument is itself a URL or arXiv id.</summary>
        public bool ReferenceIsIdentifier { get; set; }
    }

    /// <summary>
    /// What to resolve for a site: itself, or for a list its names. "Cites: Medusa, SpecTr" is two
    /// citations because each item is a name; "Cites: Listen, Attend and Spell" is one, because the
    /// whole text is a title and its items are not names (DESIGN 3a: evidence before names).
    /// </summary>
    public IReadOnlyList<CitationSite> Citations(CitationSite site)
    {
        if (site.ListItems is not { } items)
        {
            return new[] { site };
        }

        var allNames = true;
        foreach (var item in items)
        {
            allNames &= Lookup(item.Reference.Text).Best is { Kind: MatchKind.Alias or MatchKind.AliasVariant };
        }

        if (allNames)
        {
            return items;
        }

        return Lookup(site.Reference.Text).Best is { Score: >= CorpusIndex.NearMissThreshold } ? new[] { site } : items;
    }

    public Finding? Resolve(CitationSite site, AttributeParts? attribute = null)
    {
        var idPaper = site.ArxivId is null ? null : index.FindByArxivId(site.ArxivId);
        var hasId = !site.Identifier.IsEmpty;
        var reference = site.Reference;

        if (reference.IsEmpty)
        {
            return site.Identifier.IsEmpty && site.Surnames.Count > 0 ? ResolveByAuthors(site) : ResolveIdentifierOnly(site, idPaper, attribute);
        }

        var result = Lookup(reference.Text);
        var best = result.Best is { Score: >= CorpusIndex.NearMissThreshold } b ? b : null;

        if (site.Kind == SiteKind.Identifier && idPaper is not null)
        {
            return CheckAgainst(site, reference, idPaper, result, attribute);
        }

        if (best is null)
        {
            if (site.IsStrong && hasId && site.ArxivId is not null && idPaper is null)
            {
                // "Paper: Quaxitron (arXiv:…)": a paper outside the corpus that brings its own identifier (DESIGN 3a.3).
                return NotInCorpus(site.Identifier.Span, site.Identifier.Text);
            }

            if (site.IsStrong)
            {
                return Unknown(reference.Span, reference.Text);
            }

            // A weak site with a reference we cannot place: an identifier we do not know, or a name given
            // with a cue. A lone plain word after a cue ("described in Lou, Caruana …") is too weak to report.
            // A web page that is no paper identifier ("see: https://mathworld.wolfram.com/…") does not make it one.
            if (site.Kind == SiteKind.Cue && (!hasId || site.ArxivId is null) && !Resolution.PaperLikeText.LooksLikePaper(reference.Text))
            {
                return null;
            }

            if (site.Kind == SiteKind.Cue || site.Kind == SiteKind.Identifier && hasId && site.ArxivId is not null)
            {
                var span = hasId ? site.Identifier.Span : reference.Span;
                return NotInCorpus(span, hasId ? site.Identifier.Text : reference.Text);
            }

            return null;
        }

        if (site.Kind == SiteKind.FreeText && !Resolution.FreeTextMatch.Counts(best, reference.Text))
        {
            return null;
        }

        if (site.Kind == SiteKind.Identifier && hasId && idPaper is null && !best.IsExact)
        {
            // "FedSAM: arxiv.org/abs/<an id we do not know>": a paper outside the corpus whose name is close
            // to one inside it. Only an exact name says the identifier is wrong.
            return site.ArxivId is null ? null : NotInCorpus(site.Identifier.Span, site.Identifier.Text);
        }

        if (result.IsAmbiguous && best.IsExact)
        {
            // The identifier or title written with the name says which paper is meant.
            var chosen = idPaper is not null ? Find(result, idPaper) : ChooseByTitle(result, site.QuotedTitle.IsEmpty ? attribute?.Title ?? default : site.QuotedTitle) ?? ChooseByAuthors(result, site);
            if (chosen is null)
            {
                return site.Kind == SiteKind.FreeText ? null : Ambiguous(site, reference, result, attribute);
            }

            best = chosen;
        }

        var paper = best.Paper;

        // A second field (DESIGN.md 5a): the identifier given must point to the paper named.
        if (hasId && (idPaper is null || !ReferenceEquals(idPaper, paper)))
        {
            return Mismatch(site, paper, idPaper, attribute);
        }

        if (best.Kind is MatchKind.AliasNearMiss or MatchKind.TitleNearMiss && Resolution.AuthorsAndYear.Contradiction(site, paper, out _) is not null)
        {
            // Evidence against a guess: "Medsua (Smithson et al., 2020)" is not Cai et al.'s Medusa misspelt.
            return site.IsStrong ? Unknown(reference.Span, reference.Text) : null;
        }

        if (AuthorsOrYearMismatch(site, paper) is { } contradicted)
        {
            return contradicted;
        }

        switch (best.Kind)
        {
            case MatchKind.Title when HasLigature(reference.Text) && !HasLigature(paper.Title):
                // "Diﬀusion" pasted from a PDF reads as "Diffusion", but is not how the title is written (CITE003).
                return NonCanonical(site, reference, paper, attribute);
            case MatchKind.Alias:
            case MatchKind.Title:
            case MatchKind.ArxivId:
                return CheckQuotedTitle(site, paper, attribute) ?? (site.IsStrong ? Incomplete(site, reference, best, attribute) : null);
            case MatchKind.TitleVariant:
                return NonCanonical(site, reference, paper, attribute);
            case MatchKind.TitlePhrase:
                // A distinctive phrase of one title names that paper at a site (DESIGN 3a), as an alias does.
                return site.IsStrong || site.Kind == SiteKind.Cue
                    ? CheckQuotedTitle(site, paper, attribute) ?? (site.IsStrong ? Incomplete(site, reference, best, attribute) : null)
                    : null;
            default:
                return Misspelled(site, reference, result, attribute);
        }
    }

    private Finding? ResolveIdentifierOnly(CitationSite site, Paper? idPaper, AttributeParts? attribute)
    {
        if (site.Identifier.IsEmpty)
        {
            return null;
        }

        if (idPaper is not null && AuthorsOrYearMismatch(site, idPaper) is { } contradicted)
        {
            return contradicted;
        }

        if (idPaper is null)
        {
            return site.ArxivId is null
                ? null
                : site.IsStrong
                    ? Unknown(site.Identifier.Span, site.Identifier.Text)
                    : NotInCorpus(site.Identifier.Span, site.Identifier.Text);
        }

        if (!site.QuotedTitle.IsEmpty)
        {
            return CheckQuotedTitle(site, idPaper, attribute);
        }

        if (site.InsideMarkup)
        {
            // <see href="…"/> without link text: the link is right; text cannot go inside the attribute.
            return null;
        }

        if (site.Comment is not null && site.Comment.ContainsTitle(idPaper.Title))
        {
            // The title is written elsewhere in the comment ("eprint = {…}, title = {…}").
            return null;
        }

        // An identifier alone: a known paper cited without its title.
        var finding = new Finding(Rules.IncompleteCitation, site.Identifier.Span, new object[] { site.Identifier.Text, idPaper.Title, "title" });
        var url = idPaper.GetCanonicalUrl(urlStyle);
        var name = FirstAlias(idPaper);
        if (site.Kind == SiteKind.Attribute && attribute is not null)
        {
            var insertion = AttributeInsertion(idPaper, attribute);
            if (insertion is not null)
            {
                finding.WithFix(new TextSpan(attribute.InsertAt, 0), confident: true).AddFix(insertion, "Add the title of " + Describe(idPaper), idPaper.Key);
            }

            return finding;
        }

        finding.WithFix(site.Identifier.Span, confident: true)
            .AddFix(Canonical(site.Context, name, idPaper.Title, url), "Insert the title of " + Describe(idPaper), idPaper.Key);
        return finding;
    }

    /// <summary>A name or title written next to a known identifier is checked against that paper.</summary>
    private Finding? CheckAgainst(CitationSite site, TextPiece reference, Paper idPaper, LookupResult result, AttributeParts? attribute)
    {
        var forId = Find(result, idPaper);
        if (forId is not null)
        {
            if (forId.IsExact)
            {
                return AuthorsOrYearMismatch(site, idPaper)
                    ?? (forId.Kind == MatchKind.Title && HasLigature(reference.Text) && !HasLigature(idPaper.Title) ? NonCanonical(site, reference, idPaper, attribute) : null)
                    ?? CheckQuotedTitle(site, idPaper, attribute);
            }

            if (forId.Kind == MatchKind.TitleVariant)
            {
                return NonCanonical(site, reference, idPaper, attribute);
            }

            if (forId.Score >= CorpusIndex.NearMissThreshold)
            {
                return Misspelled(site, reference, new LookupResult(new[] { forId }), attribute);
            }
        }

        var best = result.Best;
        if (best is not null && best.IsExact && !result.IsAmbiguous)
        {
            return Mismatch(site, best.Paper, idPaper, attribute);
        }

        if ((best is null || best.Score < CorpusIndex.NearMissThreshold) && LeadingName(reference.Text) is { } named && !ReferenceEquals(named, idPaper))
        {
            // "Medusa heads (URL of another paper) propose …": the name before the identifier is another paper's.
            return Mismatch(site, named, idPaper, attribute);
        }

        // Text that names no paper at all: the identifier stands alone.
        return best is null || best.Score < CorpusIndex.NearMissThreshold ? ResolveIdentifierOnly(site, idPaper, attribute) : null;
    }

    private Candidate? ChooseByTitle(LookupResult tied, TextPiece title)
    {
        if (title.IsEmpty)
        {
            return null;
        }

        var byTitle = index.Lookup(title.Text, 1).Best;
        if (byTitle is null || byTitle.Score < CorpusIndex.NearMissThreshold)
        {
            return null;
        }

        for (var i = 0; i < tied.TiedCount; i++)
        {
            if (ReferenceEquals(tied.Candidates[i].Paper, byTitle.Paper))
            {
                return tied.Candidates[i];
            }
        }

        return null;
    }

    /// <summary>"GRU (Cho et al., 2014)": of the papers a name fits equally, the one its authors and year do not contradict.</summary>
    private static Candidate? ChooseByAuthors(LookupResult tied, CitationSite site)
    {
        if (site.Surnames.Count == 0 && site.Year is null)
        {
            return null;
        }

        Candidate? chosen = null;
        foreach (var c in tied.Candidates)
        {
            if (c.IsExact && Resolution.AuthorsAndYear.Contradiction(site, c.Paper, out _) is null)
            {
                if (chosen is not null)
                {
                    return null;
                }

                chosen = c;
            }
        }

        return chosen;
    }

    private static Candidate? Find(LookupResult result, Paper paper)
    {
        foreach (var c in result.Candidates)
        {
            if (ReferenceEquals(c.Paper, paper))
            {
                return c;
            }
        }

        return null;
    }
}
