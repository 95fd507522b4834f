using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>What a match found in free text (site 6) must be to be reported.</summary>
internal static class FreeTextMatch
{
    /// <summary>
    /// Free text (DESIGN 3, site 6) reports only what cannot be an ordinary mention: a name spoofed
    /// with look-alike letters (<c>MeΖO</c> with a Greek Zeta), and a quoted title close to a corpus
    /// title. A case variant or an edit-distance near miss in prose (<c>roBERTa model</c>,
    /// <c>tensorFlow</c>, <c>MobilenetV2</c>, <c>DinoV3</c> for the one-word title "DINOv3") is a
    /// mention, not a citation: it counts only at a site. Names that are also words or code tokens
    /// (<see cref="Paper.WordLike"/>) never count here.
    /// </summary>
    public static bool Counts(Candidate best, CitationSite site)
    {
        var text = site.Reference.Text;
        if (best.Paper.WordLike)
        {
            return false;
        }

        switch (best.Kind)
        {
            case MatchKind.AliasVariant:
                return TextNormalizer.HasConfusable(text);
            case MatchKind.TitleVariant:
            case MatchKind.TitleNearMiss:
                // A title in quotes; a single word spelling a one-word title only when spoofed.
                return site.IsQuote || TextNormalizer.HasConfusable(text);
            default:
                return false;
        }
    }
}
