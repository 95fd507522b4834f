using System;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE006: a field that points to another paper than the one identified, or to none (DESIGN 3a.2):
/// an identifier beside another paper's name, a name before another paper's identifier, an author
/// list or year that contradicts the paper.
/// </summary>
internal static class Cite006Mismatch
{
    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is null)
        {
            return null;
        }

        if (e.By == IdentifiedBy.Identifier && e.OtherNamed is { } other)
        {
            // "Medusa (URL of another paper)": the identifier is checked against the name written.
            return Mismatch(e, other);
        }

        if (e.By == IdentifiedBy.Name && e.HasId && !ReferenceEquals(e.IdPaper, e.Paper))
        {
            return Mismatch(e, e.Paper);
        }

        return AuthorsOrYear(e, e.Paper);
    }

    private static Verdict Mismatch(Evidence e, Paper named)
    {
        var site = e.Site;
        var target = e.IdPaper is null ? "no paper in the corpus" : Wording.Quote(e.IdPaper.Title);
        var verdict = new Verdict(Rules.MismatchedIdentifier, site.Identifier.Span, site.Identifier.Text, target, named.Title);
        if (named.GetCanonicalUrl(e.UrlStyle) is null)
        {
            return verdict;
        }

        // The name says one paper and the identifier another: which one is meant, only a second field
        // for the named paper can say (an exact title besides the name). Without one, the fix is
        // offered and left for a person (DESIGN 4a).
        var kind = IsBareId(site.Identifier.Text) && named.ArxivId is not null ? EditKind.ArxivId : EditKind.Url;
        var confident = TrustTiers.ConfirmedBySecondField(site, named, e.Attribute?.Title ?? default);
        return verdict.WithFix(site.Identifier.Span, confident, new Edit(kind, named, "Use the URL of " + Wording.Quote(named.Title)));
    }

    private static Verdict? AuthorsOrYear(Evidence e, Paper paper)
    {
        var site = e.Site;
        var what = AuthorsAndYear.Contradiction(site, paper, out var byAuthors);
        if (what is null)
        {
            return null;
        }

        var piece = byAuthors || site.YearPiece.IsEmpty ? site.Authors : site.YearPiece;
        return piece.IsEmpty ? null : new Verdict(Rules.MismatchedIdentifier, piece.Span, piece.Text, what, paper.Title);
    }

    private static bool IsBareId(string identifier)
    {
        var t = identifier.Trim('"', '@');
        return t.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) || ArxivId.TryNormalize(t, out _);
    }
}
