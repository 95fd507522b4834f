using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>How a candidate matched the text looked up.</summary>
public enum MatchKind
{
    /// <summary>The text is the paper's arXiv id.</summary>
    ArxivId,

    /// <summary>The text is one of the paper's aliases, exactly (after NFKC and dash normalisation).</summary>
    Alias,

    /// <summary>The text is the paper's title, exactly.</summary>
    Title,

    /// <summary>The text is the title written differently: case, dashes, punctuation, spacing, plurals.</summary>
    TitleVariant,

    /// <summary>The text is an alias in other case or with look-alike letters of another script (<c>MeZo</c>, <c>MeΖO</c>).</summary>
    AliasVariant,

    /// <summary>The text is a few edits from an alias (<c>Medsua</c>).</summary>
    AliasNearMiss,

    /// <summary>The text is close to the title word by word.</summary>
    TitleNearMiss,

    /// <summary>
    /// The text is a distinctive phrase of exactly one title (<c>Two-Pass Softmax</c>, <c>Lookahead
    /// Decoding</c>): a name of that paper at a citation site, never in free text.
    /// </summary>
    TitlePhrase,
}

/// <summary>One paper that a looked-up text may refer to.</summary>
public sealed class Candidate
{
    public Candidate(Paper paper, double score, MatchKind kind, string matched)
    {
        Paper = paper;
        Score = score;
        Kind = kind;
        Matched = matched;
    }

    public Paper Paper { get; }

    /// <summary>In [0, 1]; 1 is an exact alias, title or id.</summary>
    public double Score { get; }

    public MatchKind Kind { get; }

    /// <summary>The alias or title of the paper that the text matched.</summary>
    public string Matched { get; }

    public bool IsExact => Kind is MatchKind.Alias or MatchKind.Title or MatchKind.ArxivId;

    public override string ToString() => $"{Score:0.000} {Kind} {Paper.Key} '{Matched}'";
}

/// <summary>The candidates for a looked-up text, best first, with ambiguity made explicit.</summary>
public sealed class LookupResult
{
    public static readonly LookupResult Empty = new(Array.Empty<Candidate>());

    public LookupResult(IReadOnlyList<Candidate> candidates)
    {
        Candidates = candidates;
        var ambiguous = 0;
        if (candidates.Count > 1)
        {
            var top = candidates[0].Score;
            for (var i = 1; i < candidates.Count && Math.Abs(candidates[i].Score - top) < 1e-9; i++)
            {
                ambiguous++;
            }
        }

        TiedCount = ambiguous + (candidates.Count > 0 ? 1 : 0);
    }

    public IReadOnlyList<Candidate> Candidates { get; }

    public Candidate? Best => Candidates.Count > 0 ? Candidates[0] : null;

    /// <summary>How many candidates share the best score (1 when the best is unique, 0 when there is none).</summary>
    public int TiedCount { get; }

    /// <summary>Several papers fit equally well: the text alone cannot say which one is meant.</summary>
    public bool IsAmbiguous => TiedCount > 1;
}
