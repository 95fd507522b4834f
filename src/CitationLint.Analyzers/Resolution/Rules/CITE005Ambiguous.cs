using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Resolution;

/// <summary>CITE005: a name that fits several papers equally, and no identifier, title, or authors and year decide.</summary>
internal static class Cite005Ambiguous
{
    private const int MaxListed = 5;

    public static Verdict? Decide(Evidence e)
    {
        if (!e.Ambiguous)
        {
            return null;
        }

        var reference = e.Reference;
        var attribute = e.Site.Kind == SiteKind.Attribute ? e.Attribute : null;
        var list = new StringBuilder();
        var edits = new List<Edit>();
        for (var i = 0; i < e.Names.TiedCount && i < MaxListed; i++)
        {
            var p = e.Names.Candidates[i].Paper;
            if (i > 0)
            {
                list.Append("; ");
            }

            list.Append(Wording.Quote(p.Title)).Append(p.ArxivId is null ? string.Empty : " (arXiv:" + p.ArxivId + ")");
            var label = "Cite " + Wording.Quote(p.Title);
            edits.Add(attribute is not null ? new Edit(EditKind.AddArguments, p, label) : new Edit(EditKind.Complete, p, label, name: reference.Text));
        }

        // Which paper is meant only a person can say (DESIGN 4a): never applied unattended.
        var span = attribute is not null ? new TextSpan(attribute.InsertAt, 0) : reference.Span;
        return new Verdict(Rules.AmbiguousReference, reference.Span, reference.Text, list.ToString()).WithFix(span, confident: false, edits);
    }
}
