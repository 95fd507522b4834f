using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// CITE002: the name written is a near miss of the identified paper's name or title (one fix per
/// candidate), or the quoted title beside the paper's own name is a near miss of its title.
/// </summary>
internal static class Cite002Misspelled
{
    private const int MaxCandidates = 3;

    /// <summary>A single candidate at least this good, clear of the next one, is applied unattended.</summary>
    public const double ConfidentScore = 0.8;

    private const double ConfidentGap = 0.08;

    public static Verdict? Decide(Evidence e)
    {
        if (e.Paper is null)
        {
            return null;
        }

        if (e.Name is { } name && !e.NameIsExact && name.Kind != MatchKind.TitleVariant)
        {
            // Beside a known identifier only that paper's names count; elsewhere every near candidate.
            return Misspelled(e, e.By == IdentifiedBy.Identifier ? new[] { name } : e.Names.Candidates);
        }

        if (e.NameIsExact && e.Title == TitleAgreement.NearMiss && e.TitleMatch is { } title)
        {
            var quoted = e.Site.QuotedTitle;
            return new Verdict(Rules.MisspelledReference, quoted.Span, quoted.Text, Wording.Quote(e.Paper.Title))
                .WithFix(quoted.Span, confident: title.Score >= ConfidentScore, new Edit(EditKind.Title, e.Paper, Wording.UseTitle(e.Paper)));
        }

        return null;
    }

    private static Verdict? Misspelled(Evidence e, IReadOnlyList<Candidate> all)
    {
        var candidates = new List<Candidate>();
        foreach (var c in all)
        {
            if (c.Score >= CorpusIndex.NearMissThreshold && candidates.Count < MaxCandidates && c.Kind != MatchKind.ArxivId)
            {
                candidates.Add(c);
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates[0];
        // Trust tiers (DESIGN 4a): only a form-only fix of the one candidate (case, look-alike letters)
        // runs unattended. A near miss renames the citation to a paper that nothing else in it
        // confirms (a second field would have identified the paper before this point), so Fix All and
        // dotnet format leave it for a person.
        var confident = TrustTiers.IsFormOnly(best.Kind) && best.Score >= ConfidentScore
            && (candidates.Count == 1 || best.Score - candidates[1].Score >= ConfidentGap);
        var suggestion = new StringBuilder();
        var edits = new List<Edit>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (i > 0)
            {
                suggestion.Append(i == candidates.Count - 1 ? " or " : ", ");
            }

            suggestion.Append(Wording.Suggest(c));
            edits.Add(Wording.IsTitle(c.Kind)
                ? new Edit(EditKind.Title, c.Paper, Wording.UseTitle(c.Paper))
                : new Edit(EditKind.Name, c.Paper, "Use '" + c.Matched + "' (" + c.Paper.Title + ")", name: c.Matched));
        }

        var reference = e.Reference;
        return new Verdict(Rules.MisspelledReference, reference.Span, reference.Text, suggestion.ToString()).WithFix(reference.Span, confident, edits);
    }
}
