using System;
using System.Collections.Generic;
using System.Text;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE005: a name that fits several papers and no other field decides.
internal sealed partial class CitationResolver
{
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
}
