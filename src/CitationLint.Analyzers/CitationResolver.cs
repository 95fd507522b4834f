using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// Decides what a citation site deserves: nothing, or one finding of one rule with its fix data.
/// Knows the corpus index and the options; knows nothing of syntax trees or files.
/// </summary>
internal sealed class CitationResolver
{
    /// <summary>A single candidate at least this good, clear of the next one, is applied unattended.</summary>
    private const double ConfidentScore = 0.8;
    private const double ConfidentGap = 0.08;
    private const int MaxCandidates = 3;

    private readonly CorpusIndex index;
    private readonly UrlStyle urlStyle;

    private readonly Resolution.AuthorsAndYear authorsAndYear;

    public CitationResolver(CorpusIndex index, UrlStyle urlStyle)
    {
        authorsAndYear = new Resolution.AuthorsAndYear(index.Papers);
        this.index = index;
        this.urlStyle = urlStyle;
    }

    /// <summary>Attribute data for fixes: the literals given, where named arguments go, and which the attribute type has.</summary>
    public sealed class AttributeParts
    {
        public TextPiece Title { get; set; }

        public TextPiece Url { get; set; }

        public TextPiece ArxivId { get; set; }

        public bool Verbatim { get; set; }

        /// <summary>Where named arguments are inserted: just before the closing parenthesis.</summary>
        public int InsertAt { get; set; }

        public bool HasTitleProperty { get; set; }

        public bool HasUrlProperty { get; set; }

        /// <summary>The positional argument is itself a URL or arXiv id.</summary>
        public bool ReferenceIsIdentifier { get; set; }
    }

    public Finding? Resolve(CitationSite site, AttributeParts? attribute = null)
    {
        var idPaper = site.ArxivId is null ? null : index.FindByArxivId(site.ArxivId);
        var hasId = !site.Identifier.IsEmpty;
        var reference = site.Reference;

        if (reference.IsEmpty)
        {
            return site.Identifier.IsEmpty && site.Surnames.Count > 0 ? ResolveByAuthors(site) : ResolveIdentifierOnly(site, idPaper, attribute);
        }

        var result = Lookup(reference.Text);
        var best = result.Best is { Score: >= CorpusIndex.NearMissThreshold } b ? b : null;

        if (site.Kind == SiteKind.Identifier && idPaper is not null)
        {
            return CheckAgainst(site, reference, idPaper, result, attribute);
        }

        if (best is null)
        {
            if (site.IsStrong && hasId && site.ArxivId is not null && idPaper is null)
            {
                // "Paper: Quaxitron (arXiv:…)": a paper outside the corpus that brings its own identifier (DESIGN 3a.3).
                return new Finding(Rules.NotInCorpus, site.Identifier.Span, new object[] { site.Identifier.Text });
            }

            if (site.IsStrong)
            {
                return new Finding(Rules.UnknownReference, reference.Span, new object[] { reference.Text, string.Empty });
            }

            // A weak site with a reference we cannot place: an identifier we do not know, or a name given
            // with a cue. A lone plain word after a cue ("described in Lou, Caruana …") is too weak to report.
            if (site.Kind == SiteKind.Cue && !hasId && !Resolution.PaperLikeText.LooksLikePaper(reference.Text))
            {
                return null;
            }

            if (site.Kind == SiteKind.Cue || site.Kind == SiteKind.Identifier && hasId && site.ArxivId is not null)
            {
                var span = hasId ? site.Identifier.Span : reference.Span;
                return new Finding(Rules.NotInCorpus, span, new object[] { hasId ? site.Identifier.Text : reference.Text });
            }

            return null;
        }

        if (site.Kind == SiteKind.FreeText && !Resolution.FreeTextMatch.Counts(best, reference.Text))
        {
            return null;
        }

        if (site.Kind == SiteKind.Identifier && hasId && idPaper is null && !best.IsExact)
        {
            // "FedSAM: arxiv.org/abs/<an id we do not know>": a paper outside the corpus whose name is close
            // to one inside it. Only an exact name says the identifier is wrong.
            return site.ArxivId is null ? null : new Finding(Rules.NotInCorpus, site.Identifier.Span, new object[] { site.Identifier.Text });
        }

        if (result.IsAmbiguous && best.IsExact)
        {
            // The identifier or title written with the name says which paper is meant.
            var chosen = idPaper is not null ? Find(result, idPaper) : ChooseByTitle(result, site.QuotedTitle.IsEmpty ? attribute?.Title ?? default : site.QuotedTitle);
            if (chosen is null)
            {
                return site.Kind == SiteKind.FreeText ? null : Ambiguous(site, reference, result, attribute);
            }

            best = chosen;
        }

        var paper = best.Paper;

        // A second field (DESIGN.md 5a): the identifier given must point to the paper named.
        if (hasId && (idPaper is null || !ReferenceEquals(idPaper, paper)))
        {
            return Mismatch(site, paper, idPaper, attribute);
        }

        if (AuthorsOrYearMismatch(site, paper) is { } contradicted)
        {
            return contradicted;
        }

        switch (best.Kind)
        {
            case MatchKind.Title when HasLigature(reference.Text) && !HasLigature(paper.Title):
                // "Diﬀusion" pasted from a PDF reads as "Diffusion", but is not how the title is written (CITE003).
                return NonCanonical(site, reference, paper, attribute);
            case MatchKind.Alias:
            case MatchKind.Title:
            case MatchKind.ArxivId:
                return CheckQuotedTitle(site, paper, attribute) ?? (site.IsStrong ? Incomplete(site, reference, best, attribute) : null);
            case MatchKind.TitleVariant:
                return NonCanonical(site, reference, paper, attribute);
            case MatchKind.TitlePhrase:
                // A distinctive phrase of one title names that paper at a site (DESIGN 3a), as an alias does.
                return site.IsStrong || site.Kind == SiteKind.Cue
                    ? CheckQuotedTitle(site, paper, attribute) ?? (site.IsStrong ? Incomplete(site, reference, best, attribute) : null)
                    : null;
            default:
                return Misspelled(site, reference, result, attribute);
        }
    }

    /// <summary>
    /// Looks a reference up; "Name: Title" and "Name — Title" (the canonical forms fixes write) count
    /// as the exact title when the name is one of that paper's aliases.
    /// </summary>
    private LookupResult Lookup(string text)
    {
        var result = index.Lookup(text, 8);
        if (result.Best is { IsExact: true })
        {
            return result;
        }

        // "Title (ACR)": the title with the paper's own name after it.
        if (text.EndsWith(")", StringComparison.Ordinal))
        {
            var open = text.LastIndexOf('(');
            if (open > 0)
            {
                var name = text.Substring(open + 1, text.Length - open - 2).Trim();
                var byTitle = index.Lookup(text.Substring(0, open).Trim(), 1).Best;
                if (byTitle is { Kind: MatchKind.Title } && Contains(byTitle.Paper.Aliases, name))
                {
                    return new LookupResult(new[] { new Candidate(byTitle.Paper, 1.0, MatchKind.Title, byTitle.Paper.Title) });
                }
            }
        }

        // "[Graham, Fractional Max-Pooling](…)": a surname or two before the exact title (DESIGN 3, markdown links).
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && comma <= 40 && IsSurnames(text, comma))
        {
            var byTitle = index.Lookup(text.Substring(comma + 2).Trim(), 1).Best;
            if (byTitle is { Kind: MatchKind.Title or MatchKind.TitleVariant })
            {
                return new LookupResult(new[] { byTitle });
            }
        }

        foreach (var separator in new[] { ": ", " \u2014 ", " - " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = text.Substring(0, at).Trim();
            var tail = text.Substring(at + separator.Length).Trim().Trim('"', '\u201C', '\u201D');
            var byTitle = index.Lookup(tail, 1).Best;
            if (byTitle is { Kind: MatchKind.Title } && Contains(byTitle.Paper.Aliases, head))
            {
                return new LookupResult(new[] { new Candidate(byTitle.Paper, 1.0, MatchKind.Title, byTitle.Paper.Title) });
            }
        }

        return result;
    }

    /// <summary>One to three capitalised words before <paramref name="end"/> ("Graham", "de Haan", "Cai and Li").</summary>
    private static bool IsSurnames(string text, int end)
    {
        var words = text.Substring(0, end).Split(' ');
        if (words.Length > 3)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (w.Length == 0 || !(char.IsUpper(w[0]) || w is "de" or "van" or "von" or "and"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> aliases, string name)
    {
        foreach (var a in aliases)
        {
            if (string.Equals(TextNormalizer.Normalize(a), TextNormalizer.Normalize(name), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private Finding? ResolveIdentifierOnly(CitationSite site, Paper? idPaper, AttributeParts? attribute)
    {
        if (site.Identifier.IsEmpty)
        {
            return null;
        }

        if (idPaper is not null && AuthorsOrYearMismatch(site, idPaper) is { } contradicted)
        {
            return contradicted;
        }

        if (idPaper is null)
        {
            return site.ArxivId is null
                ? null
                : site.IsStrong
                    ? new Finding(Rules.UnknownReference, site.Identifier.Span, new object[] { site.Identifier.Text, string.Empty })
                    : new Finding(Rules.NotInCorpus, site.Identifier.Span, new object[] { site.Identifier.Text });
        }

        if (!site.QuotedTitle.IsEmpty)
        {
            return CheckQuotedTitle(site, idPaper, attribute);
        }

        if (site.InsideMarkup)
        {
            // <see href="…"/> without link text: the link is right; text cannot go inside the attribute.
            return null;
        }

        if (site.Comment is not null && site.Comment.ContainsTitle(idPaper.Title))
        {
            // The title is written elsewhere in the comment ("eprint = {…}, title = {…}").
            return null;
        }

        // An identifier alone: a known paper cited without its title.
        var finding = new Finding(Rules.IncompleteCitation, site.Identifier.Span, new object[] { site.Identifier.Text, idPaper.Title, "title" });
        var url = idPaper.GetCanonicalUrl(urlStyle);
        var name = FirstAlias(idPaper);
        if (site.Kind == SiteKind.Attribute && attribute is not null)
        {
            var insertion = AttributeInsertion(idPaper, attribute);
            if (insertion is not null)
            {
                finding.WithFix(new TextSpan(attribute.InsertAt, 0), confident: true).AddFix(insertion, "Add the title of " + Describe(idPaper), idPaper.Key);
            }

            return finding;
        }

        finding.WithFix(site.Identifier.Span, confident: true)
            .AddFix(Canonical(site.Context, name, idPaper.Title, url), "Insert the title of " + Describe(idPaper), idPaper.Key);
        return finding;
    }

    /// <summary>A name or title written next to a known identifier is checked against that paper.</summary>
    private Finding? CheckAgainst(CitationSite site, TextPiece reference, Paper idPaper, LookupResult result, AttributeParts? attribute)
    {
        var forId = Find(result, idPaper);
        if (forId is not null)
        {
            if (forId.IsExact)
            {
                return AuthorsOrYearMismatch(site, idPaper)
                    ?? (forId.Kind == MatchKind.Title && HasLigature(reference.Text) && !HasLigature(idPaper.Title) ? NonCanonical(site, reference, idPaper, attribute) : null)
                    ?? CheckQuotedTitle(site, idPaper, attribute);
            }

            if (forId.Kind == MatchKind.TitleVariant)
            {
                return NonCanonical(site, reference, idPaper, attribute);
            }

            if (forId.Score >= CorpusIndex.NearMissThreshold)
            {
                return Misspelled(site, reference, new LookupResult(new[] { forId }), attribute);
            }
        }

        var best = result.Best;
        if (best is not null && best.IsExact && !result.IsAmbiguous)
        {
            return Mismatch(site, best.Paper, idPaper, attribute);
        }

        if ((best is null || best.Score < CorpusIndex.NearMissThreshold) && LeadingName(reference.Text) is { } named && !ReferenceEquals(named, idPaper))
        {
            // "Medusa heads (URL of another paper) propose …": the name before the identifier is another paper's.
            return Mismatch(site, named, idPaper, attribute);
        }

        // Text that names no paper at all: the identifier stands alone.
        return best is null || best.Score < CorpusIndex.NearMissThreshold ? ResolveIdentifierOnly(site, idPaper, attribute) : null;
    }

    /// <summary>The paper whose own distinctive name is the first word of <paramref name="text"/>, followed by prose words; else null.</summary>
    private Paper? LeadingName(string text)
    {
        var words = text.Split(' ');
        if (words.Length < 2 || words.Length > 8)
        {
            return null;
        }

        // "Sparse MeZO heads …": the longest run of up to three words, followed by a lower-case word, that is a name.
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            if (words[n].Length == 0 || !char.IsLower(words[n][0]))
            {
                continue;
            }

            var name = string.Join(" ", words, 0, n);
            var found = index.Lookup(name, 2);
            // The identifier right after it makes even a name that is also a word (Medusa) a citation: an identifier site is a site.
            if (found is { IsAmbiguous: false, Best: { Kind: MatchKind.Alias } best } && char.IsUpper(name[0]))
            {
                return best.Paper;
            }
        }

        return null;
    }

    /// <summary>CITE006 when the authors or year given contradict the paper identified (DESIGN 3a.2).</summary>
    private static Finding? AuthorsOrYearMismatch(CitationSite site, Paper paper)
    {
        var what = Resolution.AuthorsAndYear.Contradiction(site, paper, out var byAuthors);
        if (what is null)
        {
            return null;
        }

        var piece = byAuthors || site.YearPiece.IsEmpty ? site.Authors : site.YearPiece;
        return piece.IsEmpty ? null : new Finding(Rules.MismatchedIdentifier, piece.Span, new object[] { piece.Text, what, paper.Title });
    }

    /// <summary>"Paper: Malladi et al., 2023": the one paper with that first author and year, to be completed at a strong site.</summary>
    private Finding? ResolveByAuthors(CitationSite site)
    {
        var paper = site.IsStrong ? authorsAndYear.Identify(site) : null;
        if (paper is null || site.Authors.IsEmpty)
        {
            return null;
        }

        var span = site.YearPiece.IsEmpty ? site.Authors.Span : TextSpan.FromBounds(site.Authors.Span.Start, Math.Max(site.Authors.Span.End, site.YearPiece.Span.End));
        var finding = new Finding(Rules.IncompleteCitation, span, new object[] { site.Authors.Text, paper.Title, "name, title and URL" });
        if (site.Kind != SiteKind.Attribute)
        {
            // Authors and a year point to a paper, but only a person can say it is the one meant (DESIGN 4a).
            var original = site.YearPiece.IsEmpty ? site.Authors.Text : site.Authors.Text + ", " + site.YearPiece.Text;
            finding.WithFix(span, confident: false)
                .AddFix(Canonical(site.Context, FirstAlias(paper), paper.Title, paper.GetCanonicalUrl(urlStyle)) + " (" + Escape(original, site.Context) + ")", "Insert the title and URL of " + Describe(paper), paper.Key);
        }

        return finding;
    }

    private Finding? CheckQuotedTitle(CitationSite site, Paper paper, AttributeParts? attribute)
    {
        var quoted = site.QuotedTitle;
        if (quoted.IsEmpty)
        {
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

    private Finding? Incomplete(CitationSite site, TextPiece reference, Candidate best, AttributeParts? attribute)
    {
        var paper = best.Paper;
        var url = paper.GetCanonicalUrl(urlStyle);
        var hasTitle = !site.QuotedTitle.IsEmpty || best.Kind == MatchKind.Title || attribute is { Title.IsEmpty: false };
        var hasUrl = !site.Identifier.IsEmpty || attribute is { Url.IsEmpty: false } || attribute is { ArxivId.IsEmpty: false };
        if (hasTitle && (hasUrl || url is null))
        {
            return null;
        }

        var missing = hasTitle ? "URL" : url is null || hasUrl ? "title" : "title and URL";
        var name = best.Kind == MatchKind.Alias ? reference.Text : FirstAlias(paper);
        var finding = new Finding(Rules.IncompleteCitation, reference.Span, new object[] { reference.Text, paper.Title, missing });
        if (site.Kind == SiteKind.Attribute && attribute is not null)
        {
            var insertion = AttributeInsertion(paper, attribute);
            if (insertion is not null)
            {
                finding.WithFix(new TextSpan(attribute.InsertAt, 0), confident: true).AddFix(insertion, "Add the title and URL of " + Describe(paper), paper.Key);
            }

            return finding;
        }

        var end = reference.Span.End;
        if (!site.QuotedTitle.IsEmpty)
        {
            end = Math.Max(end, site.QuotedTitle.Span.End + 1);
        }

        var span = TextSpan.FromBounds(reference.Span.Start, end);
        finding.WithFix(span, confident: true)
            .AddFix(Canonical(site.Context, name, paper.Title, url), "Insert the title and URL of " + Describe(paper), paper.Key);
        return finding;
    }

    private Finding NonCanonical(CitationSite site, TextPiece reference, Paper paper, AttributeParts? attribute)
        => new Finding(Resolution.CapitalisationOnly.Differs(reference.Text, paper.Title) ? Rules.TitleCapitalisation : Rules.NonCanonicalTitle, reference.Span, new object[] { reference.Text, paper.Title })
            .WithFix(reference.Span, confident: true)
            .AddFix(Replacement(site, paper.Title, attribute), "Use the title \"" + paper.Title + "\"", paper.Key);

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

    private Finding Ambiguous(CitationSite site, TextPiece reference, LookupResult result, AttributeParts? attribute)
    {
        var list = new StringBuilder();
        var finding = new Finding(Rules.AmbiguousReference, reference.Span, new object[] { reference.Text, string.Empty });
        var span = site.Kind == SiteKind.Attribute && attribute is not null ? new TextSpan(attribute.InsertAt, 0) : reference.Span;
        finding.WithFix(span, confident: false);
        for (var i = 0; i < result.TiedCount && i < 5; i++)
        {
            var p = result.Candidates[i].Paper;
            if (i > 0)
            {
                list.Append("; ");
            }

            list.Append(Quote(p.Title)).Append(p.ArxivId is null ? string.Empty : " (arXiv:" + p.ArxivId + ")");
            var url = p.GetCanonicalUrl(urlStyle);
            var text = site.Kind == SiteKind.Attribute && attribute is not null
                ? AttributeInsertion(p, attribute)
                : Canonical(site.Context, reference.Text, p.Title, url);
            if (text is not null)
            {
                finding.AddFix(text, "Cite \"" + p.Title + "\"", p.Key);
            }
        }

        finding.Arguments[1] = list.ToString();
        return finding;
    }

    private Finding Mismatch(CitationSite site, Paper named, Paper? idPaper, AttributeParts? attribute)
    {
        var target = idPaper is null ? "no paper in the corpus" : "\"" + idPaper.Title + "\"";
        var finding = new Finding(Rules.MismatchedIdentifier, site.Identifier.Span, new object[] { site.Identifier.Text, target, named.Title });
        var url = named.GetCanonicalUrl(urlStyle);
        if (url is not null)
        {
            var replacement = site.Kind == SiteKind.Attribute
                ? CitationText.ForStringLiteral(IsBareId(site.Identifier.Text) ? named.ArxivId! : url)
                : IsBareId(site.Identifier.Text) ? "arXiv:" + named.ArxivId : url;
            // The name says one paper and the identifier another: which one is meant, only a second
            // field for the named paper can say (an exact title besides the name). Without one, the
            // fix is offered and left for a person (DESIGN 4a).
            finding.WithFix(site.Identifier.Span, confident: Resolution.TrustTiers.ConfirmedBySecondField(site, named, attribute?.Title ?? default))
                .AddFix(replacement, "Use the URL of \"" + named.Title + "\"", named.Key);
        }

        return finding;
    }

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

    private static bool IsBareId(string identifier)
    {
        var t = identifier.Trim('"', '@');
        return t.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) || ArxivId.TryNormalize(t, out _);
    }

    private string Replacement(CitationSite site, string value, AttributeParts? attribute)
        => site.Kind == SiteKind.Attribute
            ? (attribute?.Verbatim == true ? "@\"" + CitationText.Escape(value, TextContext.VerbatimStringLiteral) + "\"" : CitationText.ForStringLiteral(value))
            : Escape(value, site.Context);

    private static string Escape(string value, TextContext context) => CitationText.Escape(value, context);

    private static string Canonical(TextContext context, string? name, string title, string? url)
        => context == TextContext.XmlDoc
            ? CitationText.ForXmlDoc(name, title, url)
            : CitationText.Escape(CitationText.ForComment(name, title, url), context);

    /// <summary>
    /// The named arguments a citation attribute lacks (<c>, Title = "…", Url = "…"</c>), inserted before
    /// its closing parenthesis; other arguments are left as they are. Only properties the attribute
    /// type has are written; null when there is nothing to add.
    /// </summary>
    private string? AttributeInsertion(Paper paper, AttributeParts attribute)
    {
        var sb = new StringBuilder();
        if (attribute.Title.IsEmpty && attribute.HasTitleProperty)
        {
            sb.Append(", Title = ").Append(CitationText.ForStringLiteral(paper.Title));
        }

        var url = paper.GetCanonicalUrl(urlStyle);
        if (url is not null && attribute.Url.IsEmpty && attribute.ArxivId.IsEmpty && !attribute.ReferenceIsIdentifier && attribute.HasUrlProperty)
        {
            sb.Append(", Url = ").Append(CitationText.ForStringLiteral(url));
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    private Candidate? ChooseByTitle(LookupResult tied, TextPiece title)
    {
        if (title.IsEmpty)
        {
            return null;
        }

        var byTitle = index.Lookup(title.Text, 1).Best;
        if (byTitle is null || byTitle.Score < CorpusIndex.NearMissThreshold)
        {
            return null;
        }

        for (var i = 0; i < tied.TiedCount; i++)
        {
            if (ReferenceEquals(tied.Candidates[i].Paper, byTitle.Paper))
            {
                return tied.Candidates[i];
            }
        }

        return null;
    }

    private static Candidate? Find(LookupResult result, Paper paper)
    {
        foreach (var c in result.Candidates)
        {
            if (ReferenceEquals(c.Paper, paper))
            {
                return c;
            }
        }

        return null;
    }

    private static string? FirstAlias(Paper paper) => paper.Aliases.Count > 0 ? paper.Aliases[0] : null;

    private static string Suggest(Candidate c)
        => c.Kind is MatchKind.Title or MatchKind.TitleVariant or MatchKind.TitleNearMiss
            ? Quote(c.Paper.Title)
            : "'" + c.Matched + "' (" + Quote(c.Paper.Title) + ")";

    private static string Describe(Paper p) => "\"" + p.Title + "\"";

    private static string Quote(string s) => "\"" + s + "\"";
}
