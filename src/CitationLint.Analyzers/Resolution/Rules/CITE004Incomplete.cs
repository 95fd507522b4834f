using System;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE004 (Info): a known paper cited without its title or URL — by name at a strong site, by an
/// identifier alone, or by authors and year alone at a strong site — and not completely cited in
/// the same comment.
/// </summary>
internal static class Cite004Incomplete
{
    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is not { } paper)
        {
            return null;
        }

        return e.By switch
        {
            IdentifiedBy.AuthorsAndYear => ByAuthors(e, paper),
            IdentifiedBy.Identifier => e.Name is null && e.OtherNamed is null ? IdentifierAlone(e, paper) : null,
            IdentifiedBy.Name => e.Site.IsStrong && e.NameIsExact ? ByName(e, paper, e.Name!) : null,
            _ => null,
        };
    }

    private static Verdict? ByName(Evidence e, Paper paper, Candidate name)
    {
        var site = e.Site;
        var attribute = site.Kind == SiteKind.Attribute ? e.Attribute : null;
        var url = paper.GetCanonicalUrl(e.UrlStyle);
        var hasTitle = !site.QuotedTitle.IsEmpty || name.Kind == MatchKind.Title || attribute is { Title.IsEmpty: false };
        var hasUrl = e.HasId || attribute is { Url.IsEmpty: false } || attribute is { ArxivId.IsEmpty: false };
        if (hasTitle && (hasUrl || url is null))
        {
            return null;
        }

        var reference = e.Reference;
        var missing = hasTitle ? "URL" : url is null || hasUrl ? "title" : "title and URL";
        var verdict = new Verdict(Rules.IncompleteCitation, reference.Span, reference.Text, paper.Title, missing);
        if (attribute is not null)
        {
            return verdict.WithFix(new TextSpan(attribute.InsertAt, 0), confident: true, new Edit(EditKind.AddArguments, paper, "Add the title and URL of " + Wording.Quote(paper.Title)));
        }

        // The completion replaces the name and the quoted title after it.
        var end = site.QuotedTitle.IsEmpty ? reference.Span.End : Math.Max(reference.Span.End, site.QuotedTitle.Span.End + 1);
        var leading = name.Kind == MatchKind.Alias ? reference.Text : Wording.FirstAlias(paper);

        // A title the paper was also published under, written here, is kept: the completion adds the URL.
        var written = name.Kind == MatchKind.Title ? name.Matched : site.QuotedTitle.IsEmpty ? null : paper.TitleWritten(site.QuotedTitle.Text);
        return verdict.WithFix(TextSpan.FromBounds(reference.Span.Start, end), confident: true, new Edit(EditKind.Complete, paper, "Insert the title and URL of " + Wording.Quote(paper.Title), name: leading, title: written));
    }

    /// <summary>An identifier alone: a known paper cited without its title.</summary>
    private static Verdict? IdentifierAlone(Evidence e, Paper paper)
    {
        var site = e.Site;
        if (!site.QuotedTitle.IsEmpty)
        {
            // The title rules checked it; with it the citation is complete.
            return null;
        }

        if (site.InsideMarkup)
        {
            // <see href="…"/> without link text: the link is right; text cannot go inside the attribute.
            return null;
        }

        if (site.Comment is not null && WritesATitle(site.Comment, paper))
        {
            // The title is written elsewhere in the comment ("eprint = {…}, title = {…}").
            return null;
        }

        var id = site.Identifier;
        var verdict = new Verdict(Rules.IncompleteCitation, id.Span, id.Text, paper.Title, "title");
        if (site.Kind == SiteKind.Attribute)
        {
            return e.Attribute is { } attribute
                ? verdict.WithFix(new TextSpan(attribute.InsertAt, 0), confident: true, new Edit(EditKind.AddArguments, paper, "Add the title of " + Wording.Quote(paper.Title)))
                : verdict;
        }

        return verdict.WithFix(id.Span, confident: true, new Edit(EditKind.Complete, paper, "Insert the title of " + Wording.Quote(paper.Title), name: Wording.FirstAlias(paper)));
    }

    /// <summary>"Paper: Malladi et al., 2023": the one paper with that first author and year.</summary>
    private static Verdict ByAuthors(Evidence e, Paper paper)
    {
        var site = e.Site;
        var span = site.YearPiece.IsEmpty ? site.Authors.Span : TextSpan.FromBounds(site.Authors.Span.Start, Math.Max(site.Authors.Span.End, site.YearPiece.Span.End));
        var verdict = new Verdict(Rules.IncompleteCitation, span, site.Authors.Text, paper.Title, "name, title and URL");
        if (site.Kind == SiteKind.Attribute)
        {
            return verdict;
        }

        // Authors and a year point to a paper, but only a person can say it is the one meant (DESIGN 4a).
        var original = site.YearPiece.IsEmpty ? site.Authors.Text : site.Authors.Text + ", " + site.YearPiece.Text;
        return verdict.WithFix(span, confident: false, new Edit(EditKind.Complete, paper, "Insert the title and URL of " + Wording.Quote(paper.Title), name: Wording.FirstAlias(paper), kept: original));
    }

    private static bool WritesATitle(CommentTitleKey comment, Paper paper)
    {
        if (comment.ContainsTitle(paper.Title))
        {
            return true;
        }

        foreach (var other in paper.OtherTitles)
        {
            if (comment.ContainsTitle(other))
            {
                return true;
            }
        }

        return false;
    }
}
