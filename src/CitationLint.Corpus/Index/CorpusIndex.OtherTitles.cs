using System;

namespace CitationLint.Corpus;

// Other titles a paper was published under (Paper.OtherTitles): found exactly and as variants, never as near misses.
public sealed partial class CorpusIndex
{
    /// <summary>Which of a paper's titles a query with its title key is: the title, or one of its other titles; exact when written as it is.</summary>
    private static string MatchedTitle(Paper paper, string query, out bool exact)
    {
        exact = string.Equals(TextNormalizer.Normalize(paper.Title), query, StringComparison.Ordinal);
        if (exact || paper.OtherTitles.Count == 0)
        {
            return paper.Title;
        }

        var queryKey = string.Join(" ", TextNormalizer.TitleWords(query));
        var mainByKey = string.Equals(string.Join(" ", TextNormalizer.TitleWords(paper.Title)), queryKey, StringComparison.Ordinal);
        string? byKey = null;
        foreach (var other in paper.OtherTitles)
        {
            if (string.Equals(TextNormalizer.Normalize(other), query, StringComparison.Ordinal))
            {
                exact = true;
                return other;
            }

            if (byKey is null && string.Equals(string.Join(" ", TextNormalizer.TitleWords(other)), queryKey, StringComparison.Ordinal))
            {
                byKey = other;
            }
        }

        return mainByKey || byKey is null ? paper.Title : byKey;
    }
}
