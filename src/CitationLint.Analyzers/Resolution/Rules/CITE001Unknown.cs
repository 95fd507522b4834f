namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE001: nothing identifies a corpus paper, and a strong site names one by a bare name or title
/// (DESIGN 3a.3). A citation that carries its own identifier is CITE008, decided before this.
/// </summary>
internal static class Cite001Unknown
{
    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is not null || e.Ambiguous || !e.Site.IsStrong || e.Reference.IsEmpty)
        {
            return null;
        }

        return new Verdict(Rules.UnknownReference, e.Reference.Span, e.Reference.Text, string.Empty);
    }
}
