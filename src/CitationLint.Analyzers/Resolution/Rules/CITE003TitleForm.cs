using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE003: the identified paper's title written differently — punctuation, dashes, spacing, a PDF
/// ligature, a word's form — as the reference itself or as the quoted title beside its name. When
/// only the capitals differ, <see cref="Cite010Capitalisation"/> makes it CITE010.
/// </summary>
internal static class Cite003TitleForm
{
    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is not { } paper)
        {
            return null;
        }

        // "Diﬀusion" pasted from a PDF reads as "Diffusion", but is not how the title is written.
        if (e.Name is { Kind: MatchKind.TitleVariant } || e.Name is { Kind: MatchKind.Title } && Ligatures.In(e.Reference.Text) && !Ligatures.In(paper.Title))
        {
            return NonCanonical(paper, e.Reference, e.Name!.Matched);
        }

        if (e.NameIsExact && e.Title is TitleAgreement.Ligature or TitleAgreement.Variant)
        {
            return NonCanonical(paper, e.Site.QuotedTitle, e.TitleMatch?.Matched ?? paper.Title);
        }

        return null;
    }

    /// <summary>The title as written, and the paper's title it is a form of (its own, or one it was also published under).</summary>
    private static Verdict NonCanonical(Paper paper, TextPiece written, string title)
        => new Verdict(Cite010Capitalisation.RuleFor(written.Text, title), written.Span, written.Text, title)
            .WithFix(written.Span, confident: true, new Edit(EditKind.Title, paper, "Use the title " + Wording.Quote(title), name: title));
}
