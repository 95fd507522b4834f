using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// The text fixes insert: canonical citations and replacements, escaped for where they land (DESIGN 4).
internal sealed partial class CitationResolver
{
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

    private static string? FirstAlias(Paper paper) => paper.Aliases.Count > 0 ? paper.Aliases[0] : null;

    private static string Suggest(Candidate c)
        => c.Kind is MatchKind.Title or MatchKind.TitleVariant or MatchKind.TitleNearMiss
            ? Quote(c.Paper.Title)
            : "'" + c.Matched + "' (" + Quote(c.Paper.Title) + ")";

    private static string Describe(Paper p) => "\"" + p.Title + "\"";

    private static string Quote(string s) => "\"" + s + "\"";
}
