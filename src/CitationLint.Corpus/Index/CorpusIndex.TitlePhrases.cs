using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>Title phrases (DESIGN 3a): a distinctive run of words of exactly one title names that paper.</summary>
public sealed partial class CorpusIndex
{
    /// <summary>Words in this many titles or more are the field's vocabulary, not a paper's.</summary>
    public const int CommonTitleWord = 5;

    private static readonly HashSet<string> PhraseEdgeWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "with", "via", "from", "by", "at", "as", "is", "are", "using", "toward", "towards",
    };

    /// <summary>
    /// A title phrase (DESIGN 3a, a name): 2 to 6 words that neither start nor end with a function
    /// word, hold a word found in fewer than <see cref="CommonTitleWord"/> titles, and run, in order,
    /// in exactly one title that they are not the whole of. True when one was found.
    /// </summary>
    private bool AddTitlePhrase(string query, List<string> queryWords, Dictionary<int, Candidate> found)
    {
        if (queryWords.Count > 6 || PhraseEdgeWords.Contains(queryWords[0]) || PhraseEdgeWords.Contains(queryWords[queryWords.Count - 1]))
        {
            return false;
        }

        string? rarest = null;
        var fewest = int.MaxValue;
        foreach (var w in queryWords)
        {
            var count = PostingCount(w);
            if (count == 0)
            {
                return false;
            }

            if (count < fewest)
            {
                fewest = count;
                rarest = w;
            }
        }

        if (rarest is null || fewest >= CommonTitleWord)
        {
            return false;
        }

        var hit = -1;
        foreach (var p in wordPostings[rarest])
        {
            if (titleWords[p].Length > queryWords.Count && HoldsRun(titleWords[p], queryWords))
            {
                if (hit >= 0)
                {
                    return false;
                }

                hit = p;
            }
        }

        if (hit < 0)
        {
            return false;
        }

        Offer(found, hit, 0.9, MatchKind.TitlePhrase, query);
        return true;
    }

    private static bool HoldsRun(string[] title, List<string> run)
    {
        for (var s = 0; s + run.Count <= title.Length; s++)
        {
            var k = 0;
            while (k < run.Count && string.Equals(title[s + k], run[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == run.Count)
            {
                return true;
            }
        }

        return false;
    }
}
