using System;
using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>
/// Which fixes Fix All and <c>dotnet format</c> may apply unattended (DESIGN 4a): those that cannot
/// change which paper a citation names. A rename to another name, or a URL of the paper one field
/// names over the paper another field names, needs a second field that confirms it.
/// </summary>
internal static class TrustTiers
{
    /// <summary>A case or look-alike variant of one name: the same paper, written otherwise.</summary>
    public static bool IsFormOnly(MatchKind kind) => kind == MatchKind.AliasVariant;

    /// <summary>The citation names <paramref name="named"/> by two fields: a name, and its exact title besides.</summary>
    public static bool ConfirmedBySecondField(CitationSite site, Paper named, TextPiece attributeTitle)
    {
        var title = !site.QuotedTitle.IsEmpty ? site.QuotedTitle.Text : !attributeTitle.IsEmpty ? attributeTitle.Text : null;
        return title is not null && !site.Reference.IsEmpty
            && named.TitleWritten(title) is not null
            && named.TitleWritten(site.Reference.Text) is null;
    }
}
