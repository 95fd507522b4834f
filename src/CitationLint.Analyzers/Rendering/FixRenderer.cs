using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CitationLint.Analyzers.Resolution;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Rendering;

/// <summary>
/// Turns a verdict's edits into the text each writes where it lands — a comment, an XML doc
/// comment, a string literal, an attribute's argument list — escaped there (DESIGN 4), and carries
/// them to the code fix provider as the diagnostic's properties (<see cref="FixProperties"/>).
/// </summary>
internal sealed class FixRenderer
{
    private readonly UrlStyle urlStyle;

    public FixRenderer(UrlStyle urlStyle) => this.urlStyle = urlStyle;

    public ImmutableDictionary<string, string?> Properties(Verdict verdict, CitationSite site, AttributeParts? attribute)
    {
        var b = ImmutableDictionary.CreateBuilder<string, string?>();
        var n = 0;
        // An argument that is a constant's name, a concatenation or an interpolation is never replaced
        // by a literal: only the named arguments an attribute lacks may be added beside it.
        var computed = attribute is not null && attribute.IsComputed(verdict.FixSpan);
        foreach (var edit in verdict.Edits)
        {
            if (computed && edit.Kind != EditKind.AddArguments || Render(edit, site, attribute) is not { } text)
            {
                continue;
            }

            var suffix = n.ToString(CultureInfo.InvariantCulture);
            b[FixProperties.TextKeyPrefix + suffix] = text;
            b[FixProperties.LabelKeyPrefix + suffix] = edit.Label;
            b[FixProperties.KeyKeyPrefix + suffix] = edit.Paper.Key;
            n++;
        }

        if (n > 0)
        {
            b[FixProperties.CountKey] = n.ToString(CultureInfo.InvariantCulture);
            b[FixProperties.ConfidentKey] = verdict.Confident ? "true" : "false";
            b[FixProperties.FixStartKey] = verdict.FixSpan.Start.ToString(CultureInfo.InvariantCulture);
            b[FixProperties.FixLengthKey] = verdict.FixSpan.Length.ToString(CultureInfo.InvariantCulture);
        }

        if (verdict.Addition is { } addition)
        {
            AddAddition(b, addition);
        }

        return b.Count == 0 ? ImmutableDictionary<string, string?>.Empty : b.ToImmutable();
    }

    /// <summary>
    /// The paper to add to a project corpus, as raw fields: it lands in a corpus file, not in code, and
    /// the corpus writer (<c>PaperTsv</c>) escapes it there.
    /// </summary>
    private static void AddAddition(ImmutableDictionary<string, string?>.Builder b, CorpusAddition addition)
    {
        b[FixProperties.AddKey] = addition.Key;
        b[FixProperties.AddTitle] = addition.Title;
        if (addition.Name is not null)
        {
            b[FixProperties.AddName] = addition.Name;
        }

        if (addition.ArxivId is not null)
        {
            b[FixProperties.AddArxivId] = addition.ArxivId;
        }

        if (addition.Url is not null)
        {
            b[FixProperties.AddUrl] = addition.Url;
        }

        if (addition.Year is int year)
        {
            b[FixProperties.AddYear] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (addition.Authors.Count > 0)
        {
            // Author names hold no line break (CorpusAddition splits at them).
            b[FixProperties.AddAuthors] = string.Join("\n", addition.Authors);
        }
    }

    private string? Render(Edit edit, CitationSite site, AttributeParts? attribute)
    {
        var paper = edit.Paper;
        switch (edit.Kind)
        {
            case EditKind.Name:
                return Replacement(site, edit.Name ?? string.Empty, attribute);
            case EditKind.Title:
                return Replacement(site, edit.Name ?? paper.Title, attribute);
            case EditKind.Complete:
                var canonical = Canonical(site.Context, edit.Name, edit.Title ?? paper.Title, paper.GetCanonicalUrl(urlStyle));
                return edit.Kept is null ? canonical : canonical + " (" + CitationText.Escape(edit.Kept, site.Context) + ")";
            case EditKind.AddArguments:
                return attribute is null ? null : AttributeInsertion(paper, attribute);
            case EditKind.Url:
                return paper.GetCanonicalUrl(urlStyle) is { } url ? Identifier(site, url) : null;
            case EditKind.ArxivId:
                return paper.ArxivId is null ? null : site.Kind == SiteKind.Attribute ? CitationText.ForStringLiteral(paper.ArxivId) : Identifier(site, "arXiv:" + paper.ArxivId);
            default:
                return null;
        }
    }

    private static string Identifier(CitationSite site, string value)
        => site.Kind == SiteKind.Attribute ? CitationText.ForStringLiteral(value) : CitationText.Escape(value, site.Context);

    private static string Replacement(CitationSite site, string value, AttributeParts? attribute)
        => site.Kind == SiteKind.Attribute
            ? (attribute?.Verbatim == true ? "@\"" + CitationText.Escape(value, TextContext.VerbatimStringLiteral) + "\"" : CitationText.ForStringLiteral(value))
            : CitationText.Escape(value, site.Context);

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
}
