using System;
using System.Text;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// Identifies the paper a citation means from the strongest field it gives (DESIGN 3a.1): an
/// identifier, then a title or name, an author list and year, then near misses. Null when the
/// evidence gives nothing to report (a weak site whose text names nothing that counts).
/// </summary>
internal sealed class EvidenceReader
{
    private readonly CorpusIndex index;
    private readonly ReferenceLookup lookup;
    private readonly AuthorsAndYear authorsAndYear;
    private readonly UrlStyle urlStyle;

    public EvidenceReader(CorpusIndex index, UrlStyle urlStyle)
    {
        this.index = index;
        this.urlStyle = urlStyle;
        lookup = new ReferenceLookup(index);
        authorsAndYear = AuthorsAndYear.For(index);
    }

    public ReferenceLookup Lookup => lookup;

    public Evidence? Read(CitationSite site, AttributeParts? attribute)
    {
        var idPaper = site.ArxivId is null ? null : index.FindByArxivId(site.ArxivId);
        var reference = site.Reference;
        if (reference.IsEmpty)
        {
            if (site.Identifier.IsEmpty)
            {
                // "Paper: Malladi et al., 2023": the one paper with that first author and year, at a strong site.
                var byAuthors = site.IsStrong && site.Surnames.Count > 0 && !site.Authors.IsEmpty ? authorsAndYear.Identify(site) : null;
                return byAuthors is null ? null : Identified(site, attribute, IdentifiedBy.AuthorsAndYear, byAuthors, idPaper, LookupResult.Empty, null);
            }

            if (idPaper is null)
            {
                // An identifier the corpus does not hold; only an arXiv id says it names a paper.
                return site.ArxivId is null ? null : new Evidence(site, attribute, urlStyle);
            }

            return Identified(site, attribute, IdentifiedBy.Identifier, idPaper, idPaper, LookupResult.Empty, null);
        }

        var names = lookup.Lookup(reference.Text);
        var best = names.Best is { Score: >= CorpusIndex.NearMissThreshold } b ? b : null;

        if (idPaper is not null && (site.Kind == SiteKind.Identifier || best is null || !best.IsExact))
        {
            // The identifier is the strongest field (DESIGN 3a.1): a name the corpus does not hold, or only
            // a near miss of another paper's, does not outweigh it ("Paper: Quaxitron (arXiv:<MeZO's id>)").
            return AtKnownIdentifier(site, attribute, idPaper, names, best);
        }

        if (best is null)
        {
            return new Evidence(site, attribute, urlStyle) { IdPaper = idPaper, Names = names };
        }

        if (site.Kind == SiteKind.FreeText && !FreeTextMatch.Counts(best, site))
        {
            return null;
        }

        if (site.Kind == SiteKind.Identifier && !site.Identifier.IsEmpty && idPaper is null && !best.IsExact)
        {
            // "FedSAM: arxiv.org/abs/<an id we do not know>": a paper outside the corpus whose name is close
            // to one inside it. Only an exact name says the identifier is wrong.
            return new Evidence(site, attribute, urlStyle) { Names = names };
        }

        if (names.IsAmbiguous && best.IsExact)
        {
            // The identifier, title, or authors and year written with the name say which paper is meant.
            var chosen = idPaper is not null ? Find(names, idPaper) : ChooseByTitle(names, site.QuotedTitle.IsEmpty ? attribute?.Title ?? default : site.QuotedTitle) ?? ChooseByAuthors(names, site);
            if (chosen is null)
            {
                return site.Kind == SiteKind.FreeText ? null : new Evidence(site, attribute, urlStyle) { IdPaper = idPaper, Names = names, Ambiguous = true };
            }

            best = chosen;
        }

        var paper = best.Paper;
        var idAgrees = site.Identifier.IsEmpty || ReferenceEquals(idPaper, paper);
        if (idAgrees && best.Kind is MatchKind.AliasNearMiss or MatchKind.TitleNearMiss && AuthorsAndYear.Contradiction(site, paper, out _) is not null)
        {
            // Evidence against a guess: "Medsua (Smithson et al., 2020)" is not Cai et al.'s Medusa misspelt.
            return site.IsStrong ? new Evidence(site, attribute, urlStyle) { IdPaper = idPaper, Names = names } : null;
        }

        if (best.Kind == MatchKind.TitlePhrase && !site.IsStrong && site.Kind != SiteKind.Cue)
        {
            // A phrase of a title in prose or beside a link is too weak to say a paper is cited.
            return null;
        }

        return Identified(site, attribute, IdentifiedBy.Name, paper, idPaper, names, best);
    }

    /// <summary>A name or title written next to a known identifier: the identifier identifies; the name is checked against it.</summary>
    private Evidence? AtKnownIdentifier(CitationSite site, AttributeParts? attribute, Paper idPaper, LookupResult names, Candidate? best)
    {
        var forId = Find(names, idPaper);
        if (forId is not null && (forId.IsExact || forId.Kind == MatchKind.TitleVariant || forId.Score >= CorpusIndex.NearMissThreshold))
        {
            return Identified(site, attribute, IdentifiedBy.Identifier, idPaper, idPaper, names, forId);
        }

        if (best is not null && best.IsExact && !names.IsAmbiguous)
        {
            return Identified(site, attribute, IdentifiedBy.Identifier, idPaper, idPaper, names, null, otherNamed: best.Paper);
        }

        if (best is not null)
        {
            // A near miss of another paper's name beside this one's identifier: too weak to say either way.
            return null;
        }

        // "Medusa heads (URL of another paper) propose …": the name before the identifier is another paper's.
        var named = lookup.LeadingName(site.Reference.Text);
        return Identified(site, attribute, IdentifiedBy.Identifier, idPaper, idPaper, names, null, otherNamed: named is not null && !ReferenceEquals(named, idPaper) ? named : null);
    }

    private Evidence Identified(CitationSite site, AttributeParts? attribute, IdentifiedBy by, Paper paper, Paper? idPaper, LookupResult names, Candidate? name, Paper? otherNamed = null)
    {
        var (title, titleMatch) = CompareTitle(site.QuotedTitle, paper);
        return new Evidence(site, attribute, urlStyle)
        {
            By = by,
            Paper = paper,
            IdPaper = idPaper,
            Names = names,
            Name = name,
            OtherNamed = otherNamed,
            Title = title,
            TitleMatch = titleMatch,
        };
    }

    private (TitleAgreement, Candidate?) CompareTitle(TextPiece quoted, Paper paper)
    {
        if (quoted.IsEmpty || quoted.Text.Length > ReferenceLookup.MaxReferenceLength)
        {
            return (TitleAgreement.None, null);
        }

        if (ReferenceLookup.JoinLineEndHyphens(quoted.Text) is { } joined && paper.TitleWritten(joined) is not null)
        {
            // The title hyphenated at a line end, as a PDF copy is: the title itself.
            return (TitleAgreement.Same, null);
        }

        if (paper.TitleWritten(quoted.Text) is { } written)
        {
            // Its title, or one it was also published under (a venue's); a PDF ligature is not how its title is written.
            return (ReferenceEquals(written, paper.Title) && Ligatures.In(quoted.Text) && !Ligatures.In(paper.Title) ? TitleAgreement.Ligature : TitleAgreement.Same, null);
        }

        var forPaper = Find(lookup.Plain(quoted.Text, 8), paper);
        if (forPaper is null || forPaper.Score < CorpusIndex.NearMissThreshold)
        {
            return (TitleAgreement.None, null);
        }

        return (forPaper.Kind == MatchKind.TitleVariant ? TitleAgreement.Variant : TitleAgreement.NearMiss, forPaper);
    }

    private Candidate? ChooseByTitle(LookupResult tied, TextPiece title)
    {
        if (title.IsEmpty)
        {
            return null;
        }

        var byTitle = lookup.Plain(title.Text, 1).Best;
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
            if (c.IsExact && AuthorsAndYear.Contradiction(site, c.Paper, out _) is null)
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
