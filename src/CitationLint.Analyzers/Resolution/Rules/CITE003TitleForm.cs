using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE003 and CITE010: the paper's title written differently (form only), or only in other capitals.
internal sealed partial class CitationResolver
{
    private Finding? CheckQuotedTitle(CitationSite site, Paper paper, AttributeParts? attribute)
    {
        var quoted = site.QuotedTitle;
        if (quoted.IsEmpty || quoted.Text.Length > MaxReferenceLength)
        {
            return null;
        }

        if (JoinLineEndHyphens(quoted.Text) is { } joined && string.Equals(TextNormalizer.Normalize(joined), TextNormalizer.Normalize(paper.Title), StringComparison.Ordinal))
        {
            // The title hyphenated at a line end, as a PDF copy is: the title itself.
            return null;
        }

        if (string.Equals(TextNormalizer.Normalize(quoted.Text), TextNormalizer.Normalize(paper.Title), StringComparison.Ordinal))
        {
            // "Diﬀusion" pasted from a PDF reads as "Diffusion", but is not how the title is written (CITE003).
            return HasLigature(quoted.Text) && !HasLigature(paper.Title) ? NonCanonical(site, quoted, paper, attribute) : null;
        }

        var result = index.Lookup(quoted.Text, 8);
        var forPaper = Find(result, paper);
        if (forPaper is null || forPaper.Score < CorpusIndex.NearMissThreshold)
        {
            return null;
        }

        var rule = forPaper.Kind != MatchKind.TitleVariant ? Rules.MisspelledReference
            : Resolution.CapitalisationOnly.Differs(quoted.Text, paper.Title) ? Rules.TitleCapitalisation : Rules.NonCanonicalTitle;
        var args = rule != Rules.MisspelledReference
            ? new object[] { quoted.Text, paper.Title }
            : new object[] { quoted.Text, Quote(paper.Title) };
        return new Finding(rule, quoted.Span, args)
            .WithFix(quoted.Span, confident: forPaper.Kind == MatchKind.TitleVariant || forPaper.Score >= ConfidentScore)
            .AddFix(Replacement(site, paper.Title, attribute), "Use the title \"" + paper.Title + "\"", paper.Key);
    }

    private Finding NonCanonical(CitationSite site, TextPiece reference, Paper paper, AttributeParts? attribute)
        => new Finding(Resolution.CapitalisationOnly.Differs(reference.Text, paper.Title) ? Rules.TitleCapitalisation : Rules.NonCanonicalTitle, reference.Span, new object[] { reference.Text, paper.Title })
            .WithFix(reference.Span, confident: true)
            .AddFix(Replacement(site, paper.Title, attribute), "Use the title \"" + paper.Title + "\"", paper.Key);

    private static bool HasLigature(string s)
    {
        foreach (var c in s)
        {
            if (c >= '\uFB00' && c <= '\uFB06')
            {
                return true;
            }
        }

        return false;
    }
}
