namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE001: nothing identifies a corpus paper, and a strong site names one by a bare name or title
/// (DESIGN 3a.3). A citation that carries its own identifier is CITE008, decided before this. The
/// verdict carries the paper as cited, for the fix that adds it to a project corpus.
/// </summary>
internal static class Cite001Unknown
{
    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is not null || e.Ambiguous || !e.Site.IsStrong || e.Reference.IsEmpty)
        {
            return null;
        }

        // Nothing to correct it to: the way forward is to add the paper to the project corpus.
        return new Verdict(Rules.UnknownReference, e.Reference.Span, e.Reference.Text, string.Empty).WithAddition(CorpusAddition.From(e));
    }
}
