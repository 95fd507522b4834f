using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE002: a near miss of a known name or title; one fix per candidate.
internal sealed partial class CitationResolver
{
    private Finding? Misspelled(CitationSite site, TextPiece reference, LookupResult result, AttributeParts? attribute)
    {
        var candidates = new List<Candidate>();
        foreach (var c in result.Candidates)
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
        var confident = Resolution.TrustTiers.IsFormOnly(best.Kind) && best.Score >= ConfidentScore
            && (candidates.Count == 1 || best.Score - candidates[1].Score >= ConfidentGap);
        var suggestion = new StringBuilder();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i > 0)
            {
                suggestion.Append(i == candidates.Count - 1 ? " or " : ", ");
            }

            suggestion.Append(Suggest(candidates[i]));
        }

        var finding = new Finding(Rules.MisspelledReference, reference.Span, new object[] { reference.Text, suggestion.ToString() })
            .WithFix(reference.Span, confident);
        foreach (var c in candidates)
        {
            var isTitle = c.Kind is MatchKind.Title or MatchKind.TitleVariant or MatchKind.TitleNearMiss;
            var replacement = isTitle ? c.Paper.Title : c.Matched;
            finding.AddFix(Replacement(site, replacement, attribute), isTitle ? "Use the title \"" + replacement + "\"" : "Use '" + replacement + "' (" + c.Paper.Title + ")", c.Paper.Key);
        }

        return finding;
    }
}
