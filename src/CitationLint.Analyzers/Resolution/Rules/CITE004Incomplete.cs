using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE004: a known paper cited without its title or URL; completion text.
internal sealed partial class CitationResolver
{
    private Finding? Incomplete(CitationSite site, TextPiece reference, Candidate best, AttributeParts? attribute)
    {
        var paper = best.Paper;
        var url = paper.GetCanonicalUrl(urlStyle);
        var hasTitle = !site.QuotedTitle.IsEmpty || best.Kind == MatchKind.Title || attribute is { Title.IsEmpty: false };
        var hasUrl = !site.Identifier.IsEmpty || attribute is { Url.IsEmpty: false } || attribute is { ArxivId.IsEmpty: false };
        if (hasTitle && (hasUrl || url is null))
        {
            return null;
        }

        var missing = hasTitle ? "URL" : url is null || hasUrl ? "title" : "title and URL";
        var name = best.Kind == MatchKind.Alias ? reference.Text : FirstAlias(paper);
        var finding = new Finding(Rules.IncompleteCitation, reference.Span, new object[] { reference.Text, paper.Title, missing });
        if (site.Kind == SiteKind.Attribute && attribute is not null)
        {
            var insertion = AttributeInsertion(paper, attribute);
            if (insertion is not null)
            {
                finding.WithFix(new TextSpan(attribute.InsertAt, 0), confident: true).AddFix(insertion, "Add the title and URL of " + Describe(paper), paper.Key);
            }

            return finding;
        }

        var end = reference.Span.End;
        if (!site.QuotedTitle.IsEmpty)
        {
            end = Math.Max(end, site.QuotedTitle.Span.End + 1);
        }

        var span = TextSpan.FromBounds(reference.Span.Start, end);
        finding.WithFix(span, confident: true)
            .AddFix(Canonical(site.Context, name, paper.Title, url), "Insert the title and URL of " + Describe(paper), paper.Key);
        return finding;
    }

    /// <summary>"Paper: Malladi et al., 2023": the one paper with that first author and year, to be completed at a strong site.</summary>
    private Finding? ResolveByAuthors(CitationSite site)
    {
        var paper = site.IsStrong ? authorsAndYear.Identify(site) : null;
        if (paper is null || site.Authors.IsEmpty)
        {
            return null;
        }

        var span = site.YearPiece.IsEmpty ? site.Authors.Span : TextSpan.FromBounds(site.Authors.Span.Start, Math.Max(site.Authors.Span.End, site.YearPiece.Span.End));
        var finding = new Finding(Rules.IncompleteCitation, span, new object[] { site.Authors.Text, paper.Title, "name, title and URL" });
        if (site.Kind != SiteKind.Attribute)
        {
            // Authors and a year point to a paper, but only a person can say it is the one meant (DESIGN 4a).
            var original = site.YearPiece.IsEmpty ? site.Authors.Text : site.Authors.Text + ", " + site.YearPiece.Text;
            finding.WithFix(span, confident: false)
                .AddFix(Canonical(site.Context, FirstAlias(paper), paper.Title, paper.GetCanonicalUrl(urlStyle)) + " (" + Escape(original, site.Context) + ")", "Insert the title and URL of " + Describe(paper), paper.Key);
        }

        return finding;
    }
}
