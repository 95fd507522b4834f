using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE006: an identifier, author list or year that points to another paper than the rest of the citation, or to none.
internal sealed partial class CitationResolver
{
    private Finding Mismatch(CitationSite site, Paper named, Paper? idPaper, AttributeParts? attribute)
    {
        var target = idPaper is null ? "no paper in the corpus" : "\"" + idPaper.Title + "\"";
        var finding = new Finding(Rules.MismatchedIdentifier, site.Identifier.Span, new object[] { site.Identifier.Text, target, named.Title });
        var url = named.GetCanonicalUrl(urlStyle);
        if (url is not null)
        {
            var replacement = site.Kind == SiteKind.Attribute
                ? CitationText.ForStringLiteral(IsBareId(site.Identifier.Text) ? named.ArxivId! : url)
                : IsBareId(site.Identifier.Text) ? "arXiv:" + named.ArxivId : url;
            // The name says one paper and the identifier another: which one is meant, only a second
            // field for the named paper can say (an exact title besides the name). Without one, the
            // fix is offered and left for a person (DESIGN 4a).
            finding.WithFix(site.Identifier.Span, confident: Resolution.TrustTiers.ConfirmedBySecondField(site, named, attribute?.Title ?? default))
                .AddFix(replacement, "Use the URL of \"" + named.Title + "\"", named.Key);
        }

        return finding;
    }

    /// <summary>CITE006 when the authors or year given contradict the paper identified (DESIGN 3a.2).</summary>
    private static Finding? AuthorsOrYearMismatch(CitationSite site, Paper paper)
    {
        var what = Resolution.AuthorsAndYear.Contradiction(site, paper, out var byAuthors);
        if (what is null)
        {
            return null;
        }

        var piece = byAuthors || site.YearPiece.IsEmpty ? site.Authors : site.YearPiece;
        return piece.IsEmpty ? null : new Finding(Rules.MismatchedIdentifier, piece.Span, new object[] { piece.Text, what, paper.Title });
    }

    private static bool IsBareId(string identifier)
    {
        var t = identifier.Trim('"', '@');
        return t.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) || ArxivId.TryNormalize(t, out _);
    }
}
