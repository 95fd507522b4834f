using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE001: a strong site names a paper by a name or title that matches nothing (DESIGN 3a.3).
internal sealed partial class CitationResolver
{
    private static Finding Unknown(TextSpan span, string written) => new(Rules.UnknownReference, span, new object[] { written, string.Empty });
}
