using System.Collections.Generic;
using CitationLint.Analyzers.Resolution;
using CitationLint.Corpus;

namespace CitationLint.Analyzers;

/// <summary>
/// Decides what a citation site deserves: nothing, or one verdict of one rule (DESIGN 3a). The
/// evidence is read first (<see cref="EvidenceReader"/>: which paper, by which field); the rules then
/// decide in a fixed order, the first that applies wins: a field that contradicts the paper
/// (CITE006), a name that fits several (CITE005), a misspelling (CITE002), a title's form (CITE003,
/// CITE010), a completion (CITE004); when nothing identifies a paper, one outside the corpus
/// (CITE008) or an unknown one (CITE001). Knows the corpus index; knows nothing of syntax trees,
/// files, or how a fix's text is written.
/// </summary>
internal sealed class CitationResolver
{
    private readonly EvidenceReader evidence;

    public CitationResolver(CorpusIndex index, UrlStyle urlStyle) => evidence = new EvidenceReader(index, urlStyle);

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
            allNames &= evidence.Lookup.Lookup(item.Reference.Text).Best is { Kind: MatchKind.Alias or MatchKind.AliasVariant };
        }

        if (allNames)
        {
            return items;
        }

        return evidence.Lookup.Lookup(site.Reference.Text).Best is { Score: >= CorpusIndex.NearMissThreshold } ? new[] { site } : items;
    }

    public Verdict? Resolve(CitationSite site, AttributeParts? attribute = null) => Resolve(site, attribute, out _, out _);

    /// <summary>
    /// As <see cref="Resolve(CitationSite, AttributeParts?)"/>, with the paper identified and whether the
    /// site cites it completely (its identifier and its title, and nothing to report), so that a
    /// completion is not offered for a paper the same member already cites completely (DESIGN 4).
    /// </summary>
    public Verdict? Resolve(CitationSite site, AttributeParts? attribute, out Paper? paper, out bool complete)
    {
        paper = null;
        complete = false;
        if (evidence.Read(site, attribute) is not { } e)
        {
            return null;
        }

        var verdict = Decide(e);
        paper = e.Paper;
        complete = verdict is null && e.Paper is not null && ReferenceEquals(e.IdPaper, e.Paper)
            && (e.Title == TitleAgreement.Same || e.Name is { Kind: MatchKind.Title });
        return verdict;
    }

    private static Verdict? Decide(Evidence e)
    {
        return e.Paper is not null
            ? Cite006Mismatch.Decide(e)
                ?? Cite002Misspelled.Decide(e)
                ?? Cite003TitleForm.Decide(e)
                ?? Cite004Incomplete.Decide(e)
            : Cite005Ambiguous.Decide(e)
                ?? Cite008NotInCorpus.Decide(e)
                ?? Cite001Unknown.Decide(e);
    }
}
